/**
 * lit-html's `html` tag without a second copy of lit-html. A template result is plain data (its
 * strings, its values, and `_$litType$` 1 for HTML); the UI file's own lit-html, which renders
 * `<cookie-consent>`, renders the TCF screens' results nested in its own, bindings and events
 * included. The screens use no directive: a directive is a class of one copy of Lit, not data.
 */
import type { TemplateResult } from 'lit';

export const html = (strings: TemplateStringsArray, ...values: unknown[]): TemplateResult =>
  ({ ['_$litType$']: 1, strings, values }) as unknown as TemplateResult;

/** Lit's `nothing` (a registered symbol: every copy of Lit has the same one). */
export const nothing: unique symbol = Symbol.for('lit-nothing') as never;
