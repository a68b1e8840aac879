/**
 * Start-up work split into tasks: on a slow phone (4x CPU throttling) one task that evaluates a file,
 * starts the widget and draws the banner blocks the page for well over 50 ms (a "long task", issue 17);
 * the same work as a few tasks lets the browser handle input and draw frames in between.
 */

/** `scheduler.yield()` (Chromium 129+, Firefox 142+): not in TypeScript's DOM types yet. */
interface YieldingScheduler {
  yield(): Promise<void>;
}

/**
 * Resolves in a task of its own. With `scheduler.yield()` the continuation goes before the page's
 * other queued tasks, so splitting start-up does not push the banner behind them; elsewhere a
 * `setTimeout` task. `go()` inside a function of ours, not `go` itself: a profiler then counts the
 * timer's task as this widget's.
 */
export const nextTask = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield == 'function') return scheduler.yield();
  return new Promise((go) => setTimeout(() => go()));
};
