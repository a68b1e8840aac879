/** Every console message of the widget: one prefix, one format. */
const PREFIX = '[cookie-consent]';

/** An error in the console: a config that cannot be used, a file that cannot be loaded. */
export const log = (what: unknown): void => {
  // A block: what a page's own console wrapper returns must never come back as a value.
  console.error(PREFIX, what);
};

/** A warning in the console: something works, but not as the site may expect. */
export const warn = (what: unknown): void => {
  console.warn(PREFIX, what);
};

/** Runs `f` (if any); what it throws goes to the console, never into the page. */
export const guard = <T>(f?: (() => T) | void): T | void => {
  try {
    return f?.();
  } catch (e) {
    log(e);
  }
};
