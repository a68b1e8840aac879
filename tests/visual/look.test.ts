/**
 * Screenshots of every layout × theme, the preferences dialog, phones, right-to-left and forced
 * colours, compared with tests/visual/baselines/ (scripts/visual-regression.mjs). Chromium only:
 * web-test-runner.config.mjs runs this folder in its "visual" group. Refresh the baselines on
 * purpose with `npm run test:update-baselines`, then look at them before committing.
 *
 * Deterministic by construction: a fixed viewport per case, a page of our own in fonts Debian
 * ships (Liberation, DejaVu; no web fonts), no animation in the widget, no mouse.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import ar from '../../src/i18n/ar.js';
import type { CookieConsentConfig } from '../../src/core/types.js';
import type { CookieConsentElement } from '../../src/ui/cookie-consent.js';
import { CONFIG, clearCookies, switchFor } from '../ui/helpers.js';

type Scheme = 'light' | 'dark';
type Look = { layout?: 'bar' | 'box'; position?: string; theme?: 'light' | 'dark' | 'auto' };

const PAGE_CSS = `
  html, body { margin: 0; height: 100%; overflow: hidden; }
  body { background: #f6f4ef; color: #222; font: 16px/1.5 'Liberation Sans', 'DejaVu Sans', sans-serif; }
  .stage { position: fixed; inset: 0; overflow: hidden; }
  .stage article { max-width: 44rem; margin: 0 auto; padding: 1.25rem 1rem; }
  .stage .kicker { margin: 0 0 0.5rem; color: #a1261a; font-weight: 700; font-size: 0.875rem; text-transform: uppercase; }
  .stage h1 { margin: 0 0 0.75rem; font: 700 clamp(1.6rem, 5vw, 2.5rem)/1.15 'Liberation Serif', 'DejaVu Serif', serif; }
  .stage p { margin: 0 0 1em; font: 1.125rem/1.6 'Liberation Serif', 'DejaVu Serif', serif; }`;

const style = document.createElement('style');
style.textContent = PAGE_CSS;
document.head.append(style);

const emulate = (features: { name: string; value: string }[]) =>
  executeServerCommand<boolean, { features: typeof features }>('cc-emulate-media-features', { features });

/** Our news page with the widget over it; resolves once the banner (or dialog) is drawn. */
async function show(
  look: Look,
  {
    scheme = 'light',
    width = 960,
    height = 600,
    config = CONFIG,
    prefs = false,
  }: {
    scheme?: Scheme;
    width?: number;
    height?: number;
    config?: CookieConsentConfig;
    prefs?: boolean;
  } = {},
): Promise<HTMLElement> {
  await setViewport({ width, height });
  // No animation is in the widget; reduced motion also stills any the browser would add.
  await emulate([
    { name: 'prefers-color-scheme', value: scheme },
    { name: 'prefers-reduced-motion', value: 'reduce' },
  ]);
  await clearCookies();
  const wrap = await fixture<HTMLElement>(html`<div>
    <div class="stage">
      <article>
        <p class="kicker">News › Crime</p>
        <h1>Northshire Police 'requires improvement' in inspection report</h1>
        <p>Inspectors say too many 999 callers wait too long and burglaries are closed too quickly, but praise the
          force's work with victims of domestic abuse.</p>
        <p>Northshire Police must improve how quickly it answers emergency calls and how thoroughly it investigates
          burglaries, according to an inspection report published today.</p>
        <p>Inspectors graded the force "requires improvement" in three of the nine areas they examined, "adequate" in
          five and "good" in one: its work to protect victims of domestic abuse.</p>
      </article>
    </div>
    <cookie-consent .config=${{ ...config, ...look }}></cookie-consent>
  </div>`);
  const el = wrap.querySelector('cookie-consent') as CookieConsentElement;
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="banner"]'), 'no banner');
  if (prefs) {
    el.showPreferences();
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'no dialog');
    // The dialog focuses its close button, whose ring Chromium paints only while its window has
    // focus, which depends on what else the run does: no focus, so no ring (tests/ui/look.test.ts
    // checks the rings).
    (el.shadowRoot!.activeElement as HTMLElement | null)?.blur();
  }
  // Two frames: layout and paint settled.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return wrap.querySelector<HTMLElement>('.stage')!;
}

describe('the look, against the baselines (Chromium)', () => {
  afterEach(async () => {
    await emulate([]);
    await clearCookies();
  });
  after(() => setViewport({ width: 800, height: 600 }));

  const layouts: [string, Look][] = [
    ['bar-bottom', { layout: 'bar', position: 'bottom' }],
    ['bar-top', { layout: 'bar', position: 'top' }],
    ['box-bottom-right', { layout: 'box', position: 'bottom-right' }],
    ['box-bottom-left', { layout: 'box', position: 'bottom-left' }],
  ];
  // A forced theme is shot with the reader's system set to the other scheme: it must not follow it.
  const themes: [string, Look['theme'], Scheme][] = [
    ['light', 'light', 'dark'],
    ['dark', 'dark', 'light'],
    ['auto-light', 'auto', 'light'],
    ['auto-dark', 'auto', 'dark'],
  ];
  for (const [layoutName, look] of layouts)
    for (const [themeName, theme, scheme] of themes)
      it(`${layoutName}, theme ${themeName}`, async () => {
        await visualDiff(await show({ ...look, theme }, { scheme }), `${layoutName}-${themeName}`);
      });

  it('the preferences dialog, centred, light', async () => {
    await visualDiff(await show({ theme: 'light' }, { prefs: true }), 'dialog-light');
  });

  it('the preferences dialog, centred, dark', async () => {
    await visualDiff(await show({ theme: 'dark' }, { prefs: true }), 'dialog-dark');
  });

  it('a 375 × 667 phone: the bar', async () => {
    await visualDiff(await show({ theme: 'light' }, { width: 375, height: 667 }), 'phone-375-bar');
  });

  it('a 375 × 667 phone: the box becomes a bottom sheet', async () => {
    await visualDiff(
      await show({ layout: 'box', position: 'bottom-left', theme: 'dark' }, { width: 375, height: 667 }),
      'phone-375-box-dark',
    );
  });

  it('a 375 × 667 phone: a top bar moves to the bottom', async () => {
    await visualDiff(
      await show({ layout: 'bar', position: 'top', theme: 'light' }, { width: 375, height: 667 }),
      'phone-375-bar-top',
    );
  });

  it('a 375 × 667 phone: the dialog fills the screen', async () => {
    await visualDiff(await show({ theme: 'light' }, { width: 375, height: 667, prefs: true }), 'phone-375-dialog');
  });

  it('a 320 × 568 phone: the bar', async () => {
    await visualDiff(await show({ theme: 'light' }, { width: 320, height: 568 }), 'phone-320-bar');
  });

  it('a 320 × 568 phone: the dialog', async () => {
    await visualDiff(await show({ theme: 'dark' }, { width: 320, height: 568, prefs: true }), 'phone-320-dialog-dark');
  });

  const arabic: CookieConsentConfig = { ...CONFIG, language: 'ar', translations: { ar } };

  it('right to left (Arabic): the bar', async () => {
    await visualDiff(await show({ theme: 'light' }, { config: arabic }), 'rtl-bar');
  });

  it('right to left (Arabic): the box, dark', async () => {
    await visualDiff(
      await show({ layout: 'box', position: 'bottom-right', theme: 'dark' }, { config: arabic }),
      'rtl-box-dark',
    );
  });

  it('right to left (Arabic): the dialog', async () => {
    await visualDiff(await show({ theme: 'light' }, { config: arabic, prefs: true }), 'rtl-dialog');
  });

  it('forced colours: the bar', async () => {
    const stage = await show({ theme: 'dark' });
    await emulate([
      { name: 'forced-colors', value: 'active' },
      { name: 'prefers-reduced-motion', value: 'reduce' },
    ]);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await visualDiff(stage, 'forced-colors-bar');
  });

  it('forced colours: the dialog, switches on and off', async () => {
    const stage = await show({ theme: 'light' }, { prefs: true });
    const el = stage.parentElement!.querySelector('cookie-consent')!;
    switchFor(el, 'Analytics').click();
    await el.updateComplete;
    await emulate([
      { name: 'forced-colors', value: 'active' },
      { name: 'prefers-reduced-motion', value: 'reduce' },
    ]);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await visualDiff(stage, 'forced-colors-dialog');
  });
});
