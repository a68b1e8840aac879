import { expect } from '@open-wc/testing';
import { createApi } from '../../src/api.js';
import { CONFIG, clearCookies, mount } from './helpers.js';

describe('consent API callbacks', () => {
  beforeEach(clearCookies);
  afterEach(clearCookies);

  it('onGranted runs at once when already granted, and returns a no-op unsubscribe', async () => {
    const el = await mount();
    el.acceptAll();
    let runs = 0;
    const off = el.onGranted('analytics', () => runs++);
    expect(runs).to.equal(1);
    off();
    el.rejectAll();
    el.acceptAll();
    expect(runs).to.equal(1);
  });

  it('onGranted waits for the grant, runs once, and not for other categories', async () => {
    const el = await mount();
    let runs = 0;
    el.onGranted('analytics', () => runs++);
    el.accept(['marketing']);
    expect(runs).to.equal(0);
    el.accept(['analytics']);
    el.rejectAll();
    el.acceptAll();
    expect(runs).to.equal(1);
  });

  it('onGranted with a service waits for that service', async () => {
    const el = await mount();
    let runs = 0;
    el.onGranted('marketing', 'video', () => runs++);
    el.accept(['marketing'], { marketing: ['ads'] });
    expect(runs).to.equal(0);
    el.accept(['marketing'], { marketing: ['ads', 'video'] });
    expect(runs).to.equal(1);
  });

  it('an unsubscribed onGranted never runs', async () => {
    const el = await mount();
    let runs = 0;
    const off = el.onGranted('analytics', () => runs++);
    off();
    el.acceptAll();
    expect(runs).to.equal(0);
  });

  it('onRevoked runs every time the category goes from granted to refused, so vendors can opt out', async () => {
    const el = await mount();
    let runs = 0;
    const off = el.onRevoked('analytics', () => runs++);
    el.rejectAll(); // never granted: nothing to revoke
    expect(runs).to.equal(0);
    el.acceptAll();
    el.rejectAll();
    expect(runs).to.equal(1);
    el.acceptAll();
    el.accept(['marketing']);
    expect(runs).to.equal(2);
    off();
    el.acceptAll();
    el.rejectAll();
    expect(runs).to.equal(2);
  });

  it('onRevoked with a service runs when only that service is withdrawn', async () => {
    const el = await mount();
    el.acceptAll();
    let runs = 0;
    el.onRevoked('marketing', 'video', () => runs++);
    el.accept(['marketing'], { marketing: ['ads'] });
    expect(runs).to.equal(1);
  });

  it('window.CookieConsent forwards every member to the element found at call time', async () => {
    const el = await mount(CONFIG);
    const api = createApi(() => el);
    expect(Object.isFrozen(api)).to.equal(true);
    // Exactly the API of contract §5 (the list is read off the element class, so nothing more or less).
    const names = [
      'acceptAll',
      'rejectAll',
      'accept',
      'hasConsent',
      'getConsent',
      'onGranted',
      'onRevoked',
      'showBanner',
      'showPreferences',
      'hide',
      'reset',
      'setLanguage',
    ];
    expect(Object.keys(api).sort()).to.deep.equal([...names].sort());
    for (const name of names) expect(api, name).to.have.property(name).that.is.a('function');
    api.accept(['analytics']);
    expect(api.hasConsent('analytics')).to.equal(true);
    expect(api.getConsent()!.categories).to.deep.equal(['necessary', 'analytics']);
  });
});
