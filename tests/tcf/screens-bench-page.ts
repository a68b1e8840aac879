/**
 * The page script of scripts/bench-tcf-screens.mjs (bundled there with esbuild, Lit's production
 * build): `<cookie-consent>` with TCF wired as in the drop-in, the TCF file as built
 * (dist/cookie-consent-tcf.min.js, a classic script before this one), which loads the screens as
 * built (dist/cookie-consent-tcf-ui.min.js, with its SRI hash). `window.openSecondLayer()` opens
 * the dialog and resolves with the milliseconds until the frame after the one that drew it.
 */
import type { startTcf } from '../../src/tcf/index.js';
import type { CookieConsentElement } from '../../src/ui/cookie-consent.js';
import { wireTcf } from './tcf-wiring.js';

declare global {
  interface Window {
    __cookieConsentTcf: { startTcf: typeof startTcf };
    openSecondLayer(): Promise<{ ms: number; vendors: number }>;
  }
}

wireTcf(window.__cookieConsentTcf.startTcf);

const frame = () => new Promise((next) => requestAnimationFrame(next));

window.openSecondLayer = async () => {
  const el = document.querySelector<CookieConsentElement>('cookie-consent')!;
  const start = performance.now();
  el.showPreferences();
  await el.updateComplete;
  // The frame that draws the dialog, then the next one: the dialog has been laid out and painted.
  await frame();
  await frame();
  return { ms: performance.now() - start, vendors: el.shadowRoot!.querySelectorAll('[part=tcf-vendor]').length };
};
