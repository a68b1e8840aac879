/** Every console message of the widget: one prefix, one format. An error unless `warn`. */
export const log = (what: unknown, warn?: 1): void => {
  // A block: what a page's own console wrapper returns must never come back as a value.
  console[warn ? 'warn' : 'error']('[cookie-consent]', what);
};
