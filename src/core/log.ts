/** Every console message of the widget: one prefix, one format. An error unless `warn`. */
export const log = (what: unknown, warn?: 1): void => {
  // A block: what a page's own console wrapper returns must never come back as a value.
  console[warn ? 'warn' : 'error']('[cookie-consent]', what);
};

/** Runs `f` (if any); what it throws goes to the console, never into the page. */
export const guard = <T>(f?: (() => T) | void): T | void => {
  try {
    return f?.();
  } catch (e) {
    log(e);
  }
};
