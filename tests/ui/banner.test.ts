import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { CONFIG, clearCookies, deepActive, mount, part, parts, storedRecord } from './helpers.js';
import type { ConsentChangeDetail } from '../../src/core/types.js';

/** The text a reader sees in `e`: everything but the visually hidden (`.vh`) parts. */
const seenText = (e: Element): string =>
  [...e.childNodes]
    .filter((n) => n.nodeType == Node.TEXT_NODE || (n instanceof Element && !n.classList.contains('vh')))
    .map((n) => n.textContent)
    .join('')
    .trim();

describe('<cookie-consent> banner', () => {
  beforeEach(clearCookies);
  afterEach(clearCookies);

  it('shows the heading, message, "Learn more" link and three buttons before any choice', async () => {
    const el = await mount();
    const banner = part(el, 'banner')!;
    expect(banner).not.to.equal(null);
    expect(banner.getAttribute('role')).to.equal('region');
    expect(banner.querySelector('h2')!.textContent).to.equal('This site uses cookies');
    expect(part(el, 'message')!.textContent).to.contain('cookies');
    const link = part(el, 'link') as HTMLAnchorElement;
    expect(seenText(link)).to.equal('Learn more');
    expect(link.getAttribute('href')).to.equal('/cookies');
    expect(parts(el, 'button').map((b) => b.textContent.trim())).to.deep.equal([
      'Accept all',
      'Reject all',
      'Manage preferences',
    ]);
    expect(part(el, 'accept-all')!.tagName).to.equal('BUTTON');
    expect(part(el, 'reject-all')!.tagName).to.equal('BUTTON');
  });

  it('names the "Learn more" link beyond the words seen, as search engines and link lists read it (Lighthouse link-text)', async () => {
    for (const [translations, seen, title] of [
      [undefined, 'Learn more', 'This site uses cookies'],
      [{ en: { learnMore: 'Mehr', bannerTitle: 'Cookies hier' } }, 'Mehr', 'Cookies hier'],
    ] as const) {
      const el = await mount({ ...CONFIG, translations });
      const link = part(el, 'link') as HTMLAnchorElement;
      expect(seenText(link), 'what a reader sees').to.equal(seen);
      // Lighthouse reads innerText, which a visually hidden span is part of.
      const read = link.innerText.replace(/\s+/g, ' ').trim();
      expect(read.startsWith(seen) && read.endsWith(`: ${title}`), read).to.equal(true);
      const hidden = link.querySelector('.vh')!;
      const box = hidden.getBoundingClientRect();
      expect(box.width <= 1 && box.height <= 1, 'the continuation takes no room').to.equal(true);
      expect(getComputedStyle(hidden).clipPath).not.to.equal('none');
      el.remove();
      await clearCookies();
    }
  });

  it('starts up in a task after it is connected, and not at all once removed before then', async () => {
    const kept = document.createElement('cookie-consent');
    const removed = document.createElement('cookie-consent');
    kept.config = removed.config = CONFIG;
    document.body.append(kept, removed);
    removed.remove();
    // Start-up sets the layout attributes: not yet in the task that connected them.
    expect(kept.hasAttribute('layout'), 'started in the connecting task').to.equal(false);
    try {
      await waitUntil(() => kept.hasAttribute('layout'), 'never started');
      await aTimeout(50);
      expect(removed.hasAttribute('layout'), 'removed element started').to.equal(false);
      expect(removed.shadowRoot?.querySelector('[part~="banner"]') ?? null, 'removed element drew a banner').to.equal(
        null,
      );
    } finally {
      kept.remove();
    }
  });

  it('passes axe with the banner open', async function () {
    // axe-core's first run in a page takes 1.3 to 2 s (measured in WebKitGTK and Chromium; its second
    // run 0.03 to 0.2 s), more than the 5 s limit when three browsers share two busy cores.
    this.timeout(15_000);
    const el = await mount();
    await expect(el).to.be.accessible();
  });

  it('labels the banner region by its heading', async () => {
    const el = await mount();
    const banner = part(el, 'banner')!;
    const heading = el.shadowRoot!.getElementById(banner.getAttribute('aria-labelledby')!);
    expect(heading?.textContent).to.equal('This site uses cookies');
  });

  it('gives "Accept all", "Reject all" and "Manage preferences" the same size, font and colours', async () => {
    const el = await mount();
    const [accept, reject, manage] = ['accept-all', 'reject-all', 'manage'].map((n) => part(el, n)!);
    const box = (b: HTMLElement) => b.getBoundingClientRect();
    const look = (b: HTMLElement) => {
      const s = getComputedStyle(b);
      return [s.fontSize, s.fontWeight, s.fontFamily, s.color, s.backgroundColor, s.borderTopWidth, s.paddingTop].join(
        '|',
      );
    };
    for (const other of [reject!, manage!]) {
      expect(Math.round(box(other).width)).to.equal(Math.round(box(accept!).width));
      expect(Math.round(box(other).height)).to.equal(Math.round(box(accept!).height));
      expect(look(other)).to.equal(look(accept!));
    }
  });

  it('is fixed to the bottom of the viewport and does not move page content', async () => {
    const before = document.body.getBoundingClientRect().height;
    const el = await mount();
    const banner = part(el, 'banner')!;
    expect(getComputedStyle(banner).position).to.equal('fixed');
    expect(Math.round(banner.getBoundingClientRect().bottom)).to.equal(window.innerHeight);
    // The element itself takes no space in the page flow.
    expect(el.getBoundingClientRect().height).to.equal(0);
    expect(document.body.getBoundingClientRect().height).to.equal(before);
  });

  it('fits a 320 px wide phone without horizontal scrolling', async () => {
    // Mounted first, then the viewport narrowed, as when a reader turns a phone or narrows a window.
    // (Mounted after: WebKit keeps the wide layout, because the shared Lit stylesheet, last used at
    // 800 px by earlier tests and adopted by no connected element during the resize, keeps its stale
    // @media result — a WebKit bug that this element does not meet on a page, where it stays connected.)
    const el = await mount();
    await setViewport({ width: 320, height: 640 });
    try {
      const banner = part(el, 'banner')!;
      expect(banner.getBoundingClientRect().width).to.be.at.most(320);
      expect(banner.scrollWidth).to.be.at.most(banner.clientWidth);
      for (const b of parts(el, 'button')) {
        const r = b.getBoundingClientRect();
        expect(r.left).to.be.at.least(0);
        expect(r.right).to.be.at.most(320);
      }
      expect(banner.getBoundingClientRect().height).to.be.below(640 * 0.75);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('stores every category on "Accept all" and announces it', async () => {
    const el = await mount();
    const event = oneEvent<CustomEvent<ConsentChangeDetail>>(el, 'consent-change');
    part(el, 'accept-all')!.click();
    const { detail } = await event;
    expect(detail.first).to.equal(true);
    expect(detail.accepted).to.deep.equal(['necessary', 'analytics', 'marketing']);
    expect(detail.rejected).to.deep.equal([]);
    expect(detail.changed).to.deep.equal(['analytics', 'marketing']);
    const stored = storedRecord()!;
    expect(stored.categories).to.deep.equal(['necessary', 'analytics', 'marketing']);
    expect(stored.services).to.deep.equal({ marketing: ['video', 'ads'] });
    expect(stored.v).to.equal(2);
    expect(stored.asked).to.deep.equal(['necessary', 'analytics', 'marketing']);
    expect(stored.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(el.hasConsent('analytics')).to.equal(true);
    expect(el.hasConsent('marketing', 'video')).to.equal(true);
    await el.updateComplete;
    expect(part(el, 'banner')).to.equal(null);
  });

  it('stores only the required category on "Reject all", and remembers the refusal', async () => {
    const el = await mount();
    const event = oneEvent<CustomEvent<ConsentChangeDetail>>(el, 'consent-change');
    part(el, 'reject-all')!.click();
    const { detail } = await event;
    expect(detail.accepted).to.deep.equal(['necessary']);
    expect(detail.rejected).to.deep.equal(['analytics', 'marketing']);
    expect(storedRecord()!.categories).to.deep.equal(['necessary']);
    expect(el.hasConsent('analytics')).to.equal(false);
    el.remove();
    const again = await mount();
    expect(part(again, 'banner')).to.equal(null);
    expect(again.hasConsent('analytics')).to.equal(false);
  });

  it('bubbles events out of the element to the document', async () => {
    const el = await mount();
    const event = oneEvent<CustomEvent<ConsentChangeDetail>>(document, 'consent-change');
    el.acceptAll();
    const { detail } = await event;
    expect(detail.consent.categories).to.include('analytics');
  });

  it('fires consent-ready once with the stored choice', async () => {
    const first = await mount();
    first.rejectAll();
    first.remove();
    let count = 0;
    let detail: unknown;
    const listener = (e: Event) => {
      count++;
      detail = (e as CustomEvent).detail;
    };
    document.addEventListener('consent-ready', listener);
    try {
      const el = await mount();
      await waitUntil(() => count > 0);
      await new Promise((r) => setTimeout(r, 20));
      expect(count).to.equal(1);
      expect((detail as { consent: { categories: string[] } }).consent.categories).to.deep.equal(['necessary']);
      expect(el.getConsent()!.categories).to.deep.equal(['necessary']);
    } finally {
      document.removeEventListener('consent-ready', listener);
    }
  });

  it('can be used with the keyboard alone: Tab reaches the buttons in order and Enter chooses', async () => {
    const start = document.createElement('button');
    start.textContent = 'before';
    document.body.prepend(start);
    try {
      const el = await mount();
      start.focus();
      const seen: string[] = [];
      for (let i = 0; i < 4; i++) {
        await sendKeys({ press: 'Tab' });
        seen.push(deepActive()?.textContent?.trim() ?? '');
      }
      expect(seen).to.deep.equal([
        'Learn more: This site uses cookies',
        'Accept all',
        'Reject all',
        'Manage preferences',
      ]);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(deepActive()?.textContent?.trim()).to.equal('Reject all');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => storedRecord() !== undefined);
      expect(storedRecord()!.categories).to.deep.equal(['necessary']);
      await el.updateComplete;
      expect(part(el, 'banner')).to.equal(null);
    } finally {
      start.remove();
    }
  });

  it('shows a visible focus ring on the focused button', async () => {
    const el = await mount();
    el.shadowRoot!.querySelector<HTMLElement>('[part~="accept-all"]')!.focus();
    await sendKeys({ press: 'Tab' });
    const focused = deepActive() as HTMLElement;
    const style = getComputedStyle(focused);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  it('renders site strings as text, never as HTML', async () => {
    const evil = '<img src=x onerror="window.__ccHacked=1">';
    const el = await mount({
      categories: { necessary: { required: true }, analytics: {} },
      translations: { en: { bannerTitle: evil, bannerText: evil } },
    });
    expect(part(el, 'title')!.textContent).to.equal(evil);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as unknown as { __ccHacked?: number }).__ccHacked).to.equal(undefined);
  });

  it('lets a site override any default string', async () => {
    const el = await mount({ ...CONFIG, translations: { en: { acceptAll: 'Allow all', rejectAll: 'Refuse all' } } });
    expect(part(el, 'accept-all')!.textContent.trim()).to.equal('Allow all');
    expect(part(el, 'reject-all')!.textContent.trim()).to.equal('Refuse all');
  });

  it('has no "Learn more" link when no policyUrl is configured', async () => {
    const el = await mount({ categories: { necessary: { required: true }, analytics: {} } });
    expect(part(el, 'link')).to.equal(null);
  });

  it('sets lang on itself to the language it shows', async () => {
    const el = await mount();
    expect(el.lang).to.equal('en');
  });

  it('shows a "Cookie settings" button after a choice when reopenButton is on', async () => {
    const el = await mount({ ...CONFIG, reopenButton: true });
    expect(part(el, 'reopen')).to.equal(null);
    el.rejectAll();
    await el.updateComplete;
    const reopen = part(el, 'reopen')!;
    expect(reopen.textContent.trim()).to.equal('Cookie settings');
    reopen.click();
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open);
  });
});
