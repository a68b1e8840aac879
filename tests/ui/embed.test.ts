import { expect, waitUntil } from '@open-wc/testing';
import { CONFIG, clearCookies, mount, storedRecord } from './helpers.js';

describe('<cookie-consent> blocked embeds', () => {
  let frame: HTMLIFrameElement;
  beforeEach(async () => {
    await clearCookies();
    frame = document.createElement('iframe');
    frame.dataset.category = 'marketing';
    frame.dataset.service = 'video';
    frame.dataset.src = '/tests/fixtures/embed-frame.html';
    frame.width = '320';
    frame.height = '180';
    frame.title = 'Interview video';
    document.body.append(frame);
  });
  afterEach(async () => {
    frame.remove();
    document.querySelectorAll('cc-embed-notice').forEach((n) => n.remove());
    await clearCookies();
  });

  const notice = () => document.querySelector('cc-embed-notice');

  it('stands a notice in for the blocked iframe, naming the service and the category', async () => {
    await mount();
    await waitUntil(() => notice(), 'no notice', { timeout: 4000 });
    expect(notice()!.getAttribute('aria-label')).to.equal('Video player (blocked)');
    const text = notice()!.shadowRoot!.textContent;
    expect(text).to.contain('Video player is blocked because you have not allowed Marketing cookies.');
    const button = notice()!.shadowRoot!.querySelector('button')!;
    expect(button.textContent.trim()).to.equal('Allow Video player');
    expect(frame.hasAttribute('src')).to.equal(false);
  });

  it('its button grants just that service and loads the iframe', async () => {
    const el = await mount();
    await waitUntil(() => notice(), 'no notice', { timeout: 4000 });
    notice()!.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => frame.getAttribute('src') === '/tests/fixtures/embed-frame.html');
    expect(storedRecord()!.categories).to.deep.equal(['necessary', 'marketing']);
    expect(storedRecord()!.services).to.deep.equal({ marketing: ['video'] });
    expect(el.hasConsent('marketing', 'ads')).to.equal(false);
    expect(el.hasConsent('analytics')).to.equal(false);
    expect(notice()).to.equal(null);
  });

  it('keeps services granted earlier when granting one more', async () => {
    const el = await mount();
    el.accept(['analytics', 'marketing'], { marketing: ['ads'] });
    await waitUntil(() => notice(), 'no notice', { timeout: 4000 });
    notice()!.shadowRoot!.querySelector('button')!.click();
    expect(storedRecord()!.categories).to.deep.equal(['necessary', 'analytics', 'marketing']);
    expect(storedRecord()!.services).to.deep.equal({ marketing: ['video', 'ads'] });
  });

  it('names the category when the iframe has no service', async () => {
    delete frame.dataset.service;
    const el = await mount({ ...CONFIG });
    await waitUntil(() => notice(), 'no notice', { timeout: 4000 }).catch((e: unknown) => {
      throw new Error(
        `${(e as Error).message}: iframe ${frame.outerHTML} display ${getComputedStyle(frame).display}, marketing granted: ${el.hasConsent('marketing')}, cookie: ${document.cookie}`,
      );
    });
    expect(notice()!.shadowRoot!.querySelector('button')!.textContent.trim()).to.equal('Allow Marketing content');
  });

  it('on a drop-in page, the notices force no layout (no read before a frame, none after a write in the same frame) and shift nothing', async () => {
    frame.remove();
    const page = document.createElement('iframe');
    page.style.cssText = 'width: 800px; height: 1200px; border: 0';
    page.src = '/tests/fixtures/e2e/embed-layout.html';
    document.body.append(page);
    try {
      const win = () =>
        page.contentWindow as (Window & { layoutDone?: boolean; trace: string[]; shifts: number }) | null;
      await waitUntil(() => win()?.layoutDone, 'the notices were never drawn', { timeout: 5000 });
      const t = win()!.trace.join('');
      expect(page.contentDocument!.querySelectorAll('cc-embed-notice'), 'notices').to.have.length(4);
      expect(t.match(/R/g)?.length, 'layout reads made').to.be.at.least(4);
      expect(t, 'layout reads before the first frame').to.match(/^[^R]*F/);
      expect(t.match(/W[^F]*R/g), 'reads after a write, with no frame rendered between').to.equal(null);
      expect(win()!.shifts, 'layout shift (CLS)').to.equal(0);
    } finally {
      page.remove();
    }
  });
});
