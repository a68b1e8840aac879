/**
 * Nothing lost, nothing leaked (issue 6, contract §3): a choice survives reloads; a revision bump
 * asks again with the old choice pre-selected and keeps its id; a choice that could not be stored
 * holds for the page's lifetime, is said once in the console, and is not asked again in a loop.
 * Fixtures: tests/fixtures/robustness/persistence.html (?rev=N) and cookie-drops.html.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { FIX, closeAll, deleteCookies, open, settle, type Page } from './page.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The switch labelled by `cc-<id>` in the open preferences dialog. */
function switchOf(page: Page, id: string): HTMLButtonElement {
  const s = page.dialog()!.querySelector<HTMLButtonElement>(`[role="switch"][aria-labelledby="cc-${id}"]`);
  expect(s, `switch for ${id}`).not.to.equal(null);
  return s!;
}

async function openPreferences(page: Page): Promise<void> {
  page.click('manage');
  await waitUntil(() => page.dialog()?.open, 'dialog did not open');
  await page.rendered();
}

/** Analytics on; marketing on with only its "video" service: a choice with every kind of field. */
async function chooseAnalyticsAndVideo(page: Page): Promise<Record<string, unknown>> {
  await openPreferences(page);
  switchOf(page, 'analytics').click();
  await page.rendered();
  switchOf(page, 'marketing-video').click();
  await page.rendered();
  page.part('save')!.click();
  await waitUntil(() => page.storedRecord() !== undefined, 'the choice was not stored');
  return page.storedRecord()!;
}

function expectAnalyticsAndVideo(page: Page): void {
  expect(page.api.hasConsent('analytics'), 'analytics').to.equal(true);
  expect(page.api.hasConsent('marketing'), 'marketing').to.equal(true);
  expect(page.api.hasConsent('marketing', 'video'), 'marketing/video').to.equal(true);
  expect(page.api.hasConsent('marketing', 'ads'), 'marketing/ads').to.equal(false);
}

describe('persistence (dist/cookie-consent.min.js)', function () {
  this.timeout(15_000);

  beforeEach(deleteCookies);
  afterEach(closeAll);

  it('a choice survives reloads: no banner, the same grants and the same record (id, ts) each time, gated content runs at load', async () => {
    const page = await open('persistence.html');
    await page.ready();
    const record = await chooseAnalyticsAndVideo(page);
    expect(record.id).to.match(UUID);
    expect(record.categories).to.deep.equal(['necessary', 'analytics', 'marketing']);
    expect(record.services).to.deep.equal({ marketing: ['video'] });
    expectAnalyticsAndVideo(page);

    for (let i = 1; i <= 2; i++) {
      await page.reload();
      await page.ready();
      expect(page.visibleBanners(), `banner after reload ${i}`).to.have.length(0);
      expectAnalyticsAndVideo(page);
      expect(page.storedRecord(), `stored record after reload ${i}`).to.deep.equal(record);
      expect(page.events('consent-ready')[0]!.detail.consent, 'consent-ready detail').to.deep.equal(record);
      expect(page.api.getConsent()).to.deep.equal(record);
      expect(page.events('consent-change'), 'no choice made at load').to.have.length(0);
      await waitUntil(() => page.win.statsRan === 1 && page.win.videoRan === 1, 'granted content did not run at load');
      await settle();
      expect(page.win.adsRan, 'refused service ran').to.equal(undefined);
      page.expectUnharmed();
    }
  });

  it('a revision bump asks again, grants nothing until then, pre-selects the old choice and keeps its id', async () => {
    const page = await open('persistence.html');
    await page.ready();
    const old = await chooseAnalyticsAndVideo(page);

    await page.reload(FIX + 'persistence.html?rev=1');
    await page.ready();
    expect(page.visibleBanners(), 'banner after the revision bump').to.have.length(1);
    expect(page.api.hasConsent('analytics'), 'analytics before answering again').to.equal(false);
    expect(page.api.hasConsent('marketing', 'video'), 'video before answering again').to.equal(false);
    expect(page.events('consent-ready')[0]!.detail.consent).to.equal(null);
    await settle();
    expect(page.win.statsRan, 'analytics ran before answering again').to.equal(undefined);
    expect(page.win.videoRan, 'video ran before answering again').to.equal(undefined);

    await openPreferences(page);
    const checked = (id: string) => switchOf(page, id).getAttribute('aria-checked');
    expect(checked('necessary'), 'necessary').to.equal('true');
    expect(checked('analytics'), 'analytics pre-selected').to.equal('true');
    expect(checked('marketing'), 'marketing pre-selected').to.equal('true');
    expect(checked('marketing-video'), 'video pre-selected').to.equal('true');
    expect(checked('marketing-ads'), 'ads not pre-selected').to.equal('false');

    page.part('save')!.click();
    await waitUntil(() => page.storedRecord()?.rev === 1, 'the new choice was not stored');
    const now = page.storedRecord()!;
    expect(now.id, 'the same id').to.equal(old.id);
    expect(now.categories).to.deep.equal(old.categories);
    expect(now.services).to.deep.equal(old.services);
    expect(now.ts).to.be.at.least(old.ts as number);
    const change = page.events('consent-change');
    expect(change).to.have.length(1);
    expect(change[0]!.detail.first, 'first').to.equal(false);
    await waitUntil(() => page.win.statsRan === 1 && page.win.videoRan === 1, 'granted content did not run');

    await page.reload();
    await page.ready();
    expect(page.visibleBanners(), 'banner on the next load').to.have.length(0);
    expectAnalyticsAndVideo(page);
  });

  it('"Accept all" after a revision bump also keeps the id of the earlier choice', async () => {
    const page = await open('persistence.html');
    await page.ready();
    page.click('reject-all');
    await waitUntil(() => page.storedRecord() !== undefined, 'the choice was not stored');
    const old = page.storedRecord()!;
    await page.reload(FIX + 'persistence.html?rev=3');
    await page.ready();
    page.click('accept-all');
    await waitUntil(() => page.storedRecord()?.rev === 3, 'the new choice was not stored');
    expect(page.storedRecord()!.id).to.equal(old.id);
  });

  it('a failed cookie write keeps the choice for the page, says so once in the console, never re-asks; the next page asks once', async () => {
    const page = await open('cookie-drops.html');
    await page.ready();
    expect(page.visibleBanners(), 'banner').to.have.length(1);
    page.click('accept-all');
    await waitUntil(() => page.win.statsRan === 1 && page.win.marketingRan === 1, 'gated content did not run', {
      timeout: 3000,
    });
    expect(page.api.hasConsent('analytics')).to.equal(true);
    expect(page.api.getConsent()!.categories).to.deep.equal(['necessary', 'analytics', 'marketing']);
    await settle(800);
    await page.rendered();
    expect(page.visibleBanners(), 'banner asked again').to.have.length(0);
    const said = () => page.win.warnings.filter((w) => /cookie/i.test(w));
    expect(said(), 'console messages about the cookie').to.have.length(1);
    expect(said()[0]).to.match(/this page/i);
    // Using the API further (reads) adds nothing to the console and does not re-open the banner.
    for (let i = 0; i < 20; i++) page.api.hasConsent('analytics');
    page.api.getConsent();
    await settle();
    await page.rendered();
    expect(said(), 'console messages after reads').to.have.length(1);
    expect(page.visibleBanners()).to.have.length(0);
    expect(page.events('consent-change')).to.have.length(1);
    expect(page.win.errors).to.deep.equal([]);
    page.expectUnharmed();

    // Nothing was stored, so nothing leaks into the next page: it asks once, grants nothing before.
    await page.reload();
    await page.ready();
    expect(page.visibleBanners(), 'banner on the next page').to.have.length(1);
    expect(page.api.hasConsent('analytics')).to.equal(false);
    await settle();
    expect(page.win.statsRan).to.equal(undefined);
    expect(page.events('consent-ready')).to.have.length(1);
  });
});
