/**
 * The page script of scripts/bench-tcf-screens.mjs (bundled there with esbuild, Lit's production
 * build): `<cookie-consent>` with TCF wired as in the drop-in, the TCF file as built
 * (dist/cookie-consent-tcf.min.js, a classic script before this one), which loads the screens as
 * built (dist/cookie-consent-tcf-ui.min.js, with its SRI hash). `window.openSecondLayer()` opens
 * the dialog, then its vendor list (until its `expected` rows are all there), and resolves with the
 * milliseconds each took until the frame after the one that drew it.
 */
import type { startTcf } from '../../src/tcf/index.js';
import type { CookieConsentElement } from '../../src/ui/cookie-consent.js';
import { wireTcf } from './tcf-wiring.js';

declare global {
  interface Window {
    __cookieConsentTcf: { startTcf: typeof startTcf };
    openSecondLayer(expected: number): Promise<{ dialogMs: number; vendorsMs: number; vendors: number }>;
  }
}

wireTcf(window.__cookieConsentTcf.startTcf);

const frame = () => new Promise((next) => requestAnimationFrame(next));

/** Milliseconds from `act()` to the frame after the one that draws what it changed (laid out and painted). */
async function timed(el: CookieConsentElement, act: () => void, drawn: () => boolean): Promise<number> {
  const start = performance.now();
  act();
  while (!drawn()) await new Promise((next) => setTimeout(next));
  await el.updateComplete;
  await frame();
  await frame();
  return performance.now() - start;
}

window.openSecondLayer = async (expected) => {
  const el = document.querySelector<CookieConsentElement>('cookie-consent')!;
  const root = el.shadowRoot!;
  const dialogMs = await timed(
    el,
    () => el.showPreferences(),
    // The dialog open, and its TCF second layer drawn (a task after the dialog opened).
    () => !!root.querySelector('dialog')?.open && !!root.querySelector('.tcf-vendors'),
  );
  // The vendor list's rows are built when it is opened, in slices: until all `expected` are there.
  const vendorsMs = await timed(
    el,
    () => root.querySelector<HTMLElement>('.tcf-vendors summary')!.click(),
    () => root.querySelectorAll('[part=tcf-vendor]').length == expected,
  );
  return { dialogMs, vendorsMs, vendors: root.querySelectorAll('[part=tcf-vendor]').length };
};
