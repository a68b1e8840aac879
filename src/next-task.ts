/**
 * Start-up work split into tasks: on a slow phone (4x CPU throttling) one task that evaluates a file,
 * starts the widget and draws the banner blocks the page for well over 50 ms (a "long task", issue 17);
 * the same work as a few tasks lets the browser handle input and draw frames in between.
 */

/**
 * Resolves in a task of its own: a timer's. Not `scheduler.yield()`: Chromium's performance trace
 * (what DevTools and `npm run bench` read) names no script for the work after a yield, so the
 * widget's tasks would vanish from the profile instead of getting shorter. `go()` inside a function
 * of ours, not `go` itself, for the same reason: the profiler then counts the timer's task as this
 * widget's.
 */
export const nextTask = (): Promise<void> => new Promise((go) => setTimeout(() => go()));
