import { expect } from '@open-wc/testing';
import { validateConfig } from '../../src/core/config.js';
import { Consent, randomId } from '../../src/core/consent.js';
import type { ConsentStorage } from '../../src/core/consent.js';
import { parseRecord, serializeRecord } from '../../src/core/record.js';
import type { ConsentRecord, ResolvedConfig } from '../../src/core/types.js';
import { memoryStorage } from '../../src/storage/memory-storage.js';

const DAY = 864e5;
const NOW = Date.UTC(2025, 10, 26, 12, 0, 0);
const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function resolve(input: unknown): ResolvedConfig {
  const { config, errors } = validateConfig(input);
  expect(errors).to.deep.equal([]);
  return config!;
}

const siteConfig = {
  revision: 2,
  categories: {
    necessary: { required: true, cookies: ['session'] },
    functional: { cookies: ['prefs'] },
    analytics: { cookies: ['_ga', '_ga_*'], services: { ga4: { cookies: ['_ga*'] }, hotjar: { cookies: ['_hj*'] } } },
    marketing: {
      cookies: ['_fbp'],
      services: { youtube: { cookies: ['YSC', 'VISITOR_INFO1_LIVE'] }, meta: { cookies: ['_fbc'] } },
    },
  },
};
const config = resolve(siteConfig);

interface Setup {
  stored?: string;
  gpc?: boolean;
  now?: number;
  config?: ResolvedConfig;
  storage?: ConsentStorage;
}

/** A Consent on an in-memory store, with a fixed clock and ids 1, 2, 3… */
function make(setup: Setup = {}) {
  const storage = memoryStorage(setup.stored);
  let clock = setup.now ?? NOW;
  let next = 0;
  const consent = new Consent(setup.config ?? config, {
    storage: setup.storage ?? storage,
    now: () => clock,
    newId: () => ID(++next),
    gpc: setup.gpc,
  });
  return {
    consent,
    storage,
    /** The record now in the store, parsed as the next page load would. */
    stored: () => parseRecord(storage.value, setup.config ?? config, clock),
    tick: (ms: number) => (clock += ms),
  };
}

/** A stored record (serialised as the cookie would hold it). */
const cookieOf = (over: Partial<ConsentRecord> = {}) =>
  serializeRecord({
    v: 2,
    id: ID(99),
    rev: 2,
    ts: NOW - DAY,
    asked: ['necessary', 'functional', 'analytics', 'marketing'],
    categories: ['necessary', 'analytics', 'marketing'],
    services: { analytics: ['ga4'], marketing: ['youtube', 'meta'] },
    gpc: false,
    ...over,
  });

describe('Consent', () => {
  describe('without a stored choice', () => {
    it('needs a choice and has no record', () => {
      const { consent } = make();
      expect(consent.needsChoice).to.equal(true);
      expect(consent.current).to.equal(null);
      expect(consent.draftSelection().categories).to.deep.equal([]);
    });

    it('grants no optional category nor service', () => {
      const { consent } = make();
      for (const c of ['functional', 'analytics', 'marketing']) expect(consent.hasConsent(c), c).to.equal(false);
      expect(consent.hasConsent('analytics', 'ga4')).to.equal(false);
      expect(consent.hasConsent('marketing', 'youtube')).to.equal(false);
    });

    it('grants the required category', () => {
      expect(make().consent.hasConsent('necessary')).to.equal(true);
    });

    it('grants nothing for an unknown category or service', () => {
      const { consent } = make();
      expect(consent.hasConsent('tracking')).to.equal(false);
      expect(consent.hasConsent('necessary', 'nothing')).to.equal(false);
      expect(consent.hasConsent('constructor')).to.equal(false);
    });

    it('pre-selects no optional category in the preferences', () => {
      const draft = make().consent.draftSelection();
      expect(draft.categories.filter((c) => c != 'necessary')).to.deep.equal([]);
    });

    it('writes nothing to storage until a choice is made', () => {
      expect(make().storage.value).to.equal(undefined);
    });
  });

  describe('with a valid stored choice', () => {
    it('needs no choice and grants what the record grants', () => {
      const { consent } = make({ stored: cookieOf() });
      expect(consent.needsChoice).to.equal(false);
      expect(consent.current!.id).to.equal(ID(99));
      expect(consent.hasConsent('analytics')).to.equal(true);
      expect(consent.hasConsent('analytics', 'ga4')).to.equal(true);
      expect(consent.hasConsent('analytics', 'hotjar')).to.equal(false);
      expect(consent.hasConsent('marketing', 'youtube')).to.equal(true);
      expect(consent.hasConsent('functional')).to.equal(false);
    });

    it('pre-selects the choice in force', () => {
      expect(make({ stored: cookieOf() }).consent.draftSelection()).to.deep.equal({
        categories: ['necessary', 'analytics', 'marketing'],
        services: { analytics: ['ga4'], marketing: ['youtube', 'meta'] },
      });
    });

    it('gives a draft that can be edited without touching the choice in force', () => {
      const { consent } = make({ stored: cookieOf() });
      const draft = consent.draftSelection();
      draft.categories.push('functional');
      draft.services!.analytics!.push('hotjar');
      expect(consent.current!.categories).to.deep.equal(['necessary', 'analytics', 'marketing']);
      expect(consent.current!.services.analytics).to.deep.equal(['ga4']);
    });
  });

  describe('choose', () => {
    it('stores the record in storage, parseable, with id, revision, time, the categories asked about and gpc', () => {
      const { consent, storage, stored } = make();
      const result = consent.choose({ categories: ['analytics'] });
      const expected = {
        v: 2,
        id: ID(1),
        rev: 2,
        ts: NOW,
        asked: ['necessary', 'functional', 'analytics', 'marketing'],
        categories: ['necessary', 'analytics'],
        services: { analytics: ['ga4', 'hotjar'] },
        gpc: false,
      };
      expect(stored()).to.deep.equal(expected);
      expect(storage.value).to.equal(serializeRecord(expected as ConsentRecord));
      expect(result.consent).to.deep.equal(expected);
      expect(consent.current).to.deep.equal(expected);
      expect(result.stored).to.equal(true);
    });

    it('reports the first choice with accepted, rejected and changed', () => {
      const result = make().consent.choose({ categories: ['analytics'] });
      expect(result.first).to.equal(true);
      expect(result.accepted).to.deep.equal(['necessary', 'analytics']);
      expect(result.rejected).to.deep.equal(['functional', 'marketing']);
      expect(result.changed).to.deep.equal(['analytics']);
      expect(result.revoked).to.deep.equal([]);
      expect(result.revokedCookies).to.deep.equal([]);
    });

    it('makes the choice hold at once: needsChoice false, hasConsent follows', () => {
      const { consent } = make();
      consent.choose({ categories: ['analytics'] });
      expect(consent.needsChoice).to.equal(false);
      expect(consent.hasConsent('analytics')).to.equal(true);
      expect(consent.hasConsent('analytics', 'ga4')).to.equal(true);
      expect(consent.hasConsent('marketing')).to.equal(false);
      expect(consent.hasConsent('marketing', 'youtube')).to.equal(false);
    });

    it('accept all: grants every category and every service', () => {
      const { consent, stored } = make();
      const result = consent.choose(consent.allSelection());
      expect(stored()!.categories).to.deep.equal(['necessary', 'functional', 'analytics', 'marketing']);
      expect(stored()!.services).to.deep.equal({ analytics: ['ga4', 'hotjar'], marketing: ['youtube', 'meta'] });
      expect(result.accepted).to.deep.equal(['necessary', 'functional', 'analytics', 'marketing']);
      expect(result.rejected).to.deep.equal([]);
      expect(result.changed).to.deep.equal(['functional', 'analytics', 'marketing']);
      expect(consent.hasConsent('marketing', 'meta')).to.equal(true);
    });

    it('reject all: grants only the required category and stores the refusal like a consent', () => {
      const { consent, stored } = make();
      const result = consent.choose({ categories: [] });
      expect(stored()).to.deep.include({ categories: ['necessary'], services: {} });
      expect(result.accepted).to.deep.equal(['necessary']);
      expect(result.rejected).to.deep.equal(['functional', 'analytics', 'marketing']);
      expect(result.changed).to.deep.equal([]);
      expect(result.first).to.equal(true);
      expect(consent.needsChoice).to.equal(false);
      for (const c of ['functional', 'analytics', 'marketing']) expect(consent.hasConsent(c), c).to.equal(false);
    });

    it('always includes required categories, and lists categories in config order', () => {
      const { consent } = make();
      const result = consent.choose({ categories: ['marketing', 'functional'] });
      expect(result.consent.categories).to.deep.equal(['necessary', 'functional', 'marketing']);
    });

    it('drops unknown category and service names', () => {
      const { consent, stored } = make();
      consent.choose({
        categories: ['analytics', 'tracking', 'constructor', '__proto__'],
        services: { analytics: ['ga4', 'matomo'], tracking: ['x'], marketing: ['youtube'] },
      });
      expect(stored()).to.deep.include({ categories: ['necessary', 'analytics'], services: { analytics: ['ga4'] } });
      expect(consent.hasConsent('tracking')).to.equal(false);
      expect(consent.hasConsent('analytics', 'matomo')).to.equal(false);
    });

    it('grants all services of a category granted without a service list', () => {
      const { consent } = make();
      consent.choose({ categories: ['analytics', 'marketing'], services: { marketing: ['meta'] } });
      expect(consent.current!.services).to.deep.equal({ analytics: ['ga4', 'hotjar'], marketing: ['meta'] });
      expect(consent.hasConsent('analytics', 'hotjar')).to.equal(true);
    });

    it('respects an explicit service list: only the listed services are granted', () => {
      const { consent, stored } = make();
      consent.choose({ categories: ['analytics'], services: { analytics: ['hotjar'] } });
      expect(stored()!.services).to.deep.equal({ analytics: ['hotjar'] });
      expect(consent.hasConsent('analytics')).to.equal(true);
      expect(consent.hasConsent('analytics', 'hotjar')).to.equal(true);
      expect(consent.hasConsent('analytics', 'ga4')).to.equal(false);
    });

    it('grants a category with an empty service list but none of its services', () => {
      const { consent, stored } = make();
      consent.choose({ categories: ['analytics'], services: { analytics: [] } });
      expect(stored()!.services).to.deep.equal({ analytics: [] });
      expect(consent.hasConsent('analytics')).to.equal(true);
      expect(consent.hasConsent('analytics', 'ga4')).to.equal(false);
    });

    it('ignores services of a category that is not granted', () => {
      const { consent, stored } = make();
      consent.choose({ categories: ['analytics'], services: { marketing: ['youtube'] } });
      expect(stored()!.services).not.to.have.property('marketing');
      expect(consent.hasConsent('marketing', 'youtube')).to.equal(false);
    });

    it('stores services only for categories that declare services', () => {
      const { consent, stored } = make();
      consent.choose({ categories: ['functional'], services: { functional: ['x'] } });
      expect(stored()!.services).to.deep.equal({});
      expect(consent.hasConsent('functional')).to.equal(true);
    });

    it('stores services of a required category that declares them', () => {
      const cfg = resolve({
        categories: { necessary: { required: true, services: { cdn: {}, login: {} } }, analytics: {} },
      });
      const { consent, stored } = make({ config: cfg });
      consent.choose({ categories: [], services: { necessary: ['login'] } });
      expect(stored()).to.deep.include({ categories: ['necessary'], services: { necessary: ['login'] } });
    });

    it('uses the clock and the config revision for ts and rev', () => {
      const { consent, tick } = make();
      tick(5000);
      const result = consent.choose({ categories: [] });
      expect(result.consent.ts).to.equal(NOW + 5000);
      expect(result.consent.rev).to.equal(2);
    });

    it('keeps the same id for every later choice', () => {
      const { consent, stored } = make();
      consent.choose({ categories: ['analytics'] });
      const second = consent.choose({ categories: [] });
      expect(second.consent.id).to.equal(ID(1));
      expect(second.first).to.equal(false);
      expect(stored()!.id).to.equal(ID(1));
    });

    it('keeps the stored id when changing a stored choice', () => {
      const { consent } = make({ stored: cookieOf() });
      const result = consent.choose({ categories: [] });
      expect(result.consent.id).to.equal(ID(99));
      expect(result.first).to.equal(false);
    });
  });

  describe('withdrawing', () => {
    it('reports revoked categories and the cookies of revoked categories and their services', () => {
      const { consent } = make();
      consent.choose(consent.allSelection());
      const result = consent.choose({ categories: ['analytics'], services: { analytics: ['ga4'] } });
      expect(result.first).to.equal(false);
      expect(result.revoked).to.deep.equal(['functional', 'marketing']);
      expect(result.revokedCookies).to.have.members(['prefs', '_fbp', 'YSC', 'VISITOR_INFO1_LIVE', '_fbc', '_hj*']);
      expect(result.changed).to.deep.equal(['functional', 'analytics', 'marketing']);
      expect(result.accepted).to.deep.equal(['necessary', 'analytics']);
      expect(result.rejected).to.deep.equal(['functional', 'marketing']);
      expect(consent.hasConsent('marketing')).to.equal(false);
      expect(consent.hasConsent('analytics', 'hotjar')).to.equal(false);
    });

    it('never lists cookies of still-granted categories or services, nor of required ones', () => {
      const { consent } = make();
      consent.choose(consent.allSelection());
      const result = consent.choose({ categories: [] });
      expect(result.revokedCookies).not.to.include('session');
      const kept = make();
      kept.consent.choose(kept.consent.allSelection());
      const partial = kept.consent.choose({ categories: ['analytics'], services: { analytics: ['ga4'] } });
      expect(partial.revokedCookies).not.to.include.members(['_ga', '_ga_*', '_ga*']);
    });

    it('reports a withdrawn service alone: the category stays, only its cookies go', () => {
      const { consent } = make();
      consent.choose(consent.allSelection());
      const result = consent.choose({
        categories: ['functional', 'analytics', 'marketing'],
        services: { analytics: ['ga4'] },
      });
      expect(result.revoked).to.deep.equal([]);
      expect(result.revokedCookies).to.deep.equal(['_hj*']);
      expect(result.changed).to.deep.equal(['analytics']);
      expect(consent.hasConsent('analytics')).to.equal(true);
      expect(consent.hasConsent('analytics', 'hotjar')).to.equal(false);
    });

    it('reports nothing changed when the same choice is made again', () => {
      const { consent } = make();
      consent.choose({ categories: ['analytics'], services: { analytics: ['ga4'] } });
      const again = consent.choose({ categories: ['analytics'], services: { analytics: ['ga4'] } });
      expect(again.changed).to.deep.equal([]);
      expect(again.revoked).to.deep.equal([]);
      expect(again.revokedCookies).to.deep.equal([]);
    });

    it('reports a newly granted service as a change, with nothing revoked', () => {
      const { consent } = make();
      consent.choose({ categories: ['analytics'], services: { analytics: ['ga4'] } });
      const more = consent.choose({ categories: ['analytics'] });
      expect(more.changed).to.deep.equal(['analytics']);
      expect(more.revoked).to.deep.equal([]);
      expect(more.revokedCookies).to.deep.equal([]);
    });

    it('withdraws a stored choice from an earlier page load', () => {
      const { consent, stored } = make({ stored: cookieOf() });
      const result = consent.choose({ categories: [] });
      expect(result.revoked).to.deep.equal(['analytics', 'marketing']);
      expect(result.revokedCookies).to.include.members(['_ga', '_ga_*', '_ga*', '_fbp', 'YSC', '_fbc']);
      expect(result.revokedCookies).not.to.include('_hj*');
      expect(stored()).to.deep.include({ id: ID(99), categories: ['necessary'], services: {} });
    });
  });

  describe('Global Privacy Control', () => {
    it('allSelection includes every category without GPC', () => {
      expect(make({ gpc: false }).consent.allSelection().categories).to.deep.equal([
        'necessary',
        'functional',
        'analytics',
        'marketing',
      ]);
      expect(make().consent.allSelection().categories).to.deep.equal([
        'necessary',
        'functional',
        'analytics',
        'marketing',
      ]);
    });

    it('allSelection leaves out gpc categories when GPC is on and respectGpc is true', () => {
      const { consent } = make({ gpc: true });
      expect(consent.gpcApplies).to.equal(true);
      expect(consent.allSelection().categories).to.deep.equal(['necessary', 'functional', 'analytics']);
    });

    it('allSelection keeps gpc categories when respectGpc is false', () => {
      const cfg = resolve({ ...siteConfig, respectGpc: false });
      const { consent } = make({ config: cfg, gpc: true });
      expect(consent.gpcApplies).to.equal(false);
      expect(consent.allSelection().categories).to.deep.equal(['necessary', 'functional', 'analytics', 'marketing']);
    });

    it('allSelection leaves out every category marked gpc, but never a required one', () => {
      const cfg = resolve({
        categories: {
          necessary: { required: true, gpc: true },
          analytics: { gpc: true },
          marketing: {},
          social: { gpc: false },
        },
      });
      expect(make({ config: cfg, gpc: true }).consent.allSelection().categories).to.deep.equal(['necessary', 'social']);
    });

    it('accept all under GPC refuses marketing and stores gpc: true', () => {
      const { consent, stored } = make({ gpc: true });
      const result = consent.choose(consent.allSelection());
      expect(result.rejected).to.deep.equal(['marketing']);
      expect(consent.hasConsent('marketing')).to.equal(false);
      expect(stored()!.gpc).to.equal(true);
    });

    it('lets the reader switch a gpc category on by hand', () => {
      const { consent } = make({ gpc: true });
      consent.choose({ categories: ['marketing'] });
      expect(consent.hasConsent('marketing')).to.equal(true);
      expect(consent.current!.gpc).to.equal(true);
    });

    it('stores gpc: false without the signal', () => {
      const { consent, stored } = make({ gpc: false });
      consent.choose(consent.allSelection());
      expect(stored()!.gpc).to.equal(false);
    });

    it('stores the signal (gpc: true) even when respectGpc is false', () => {
      const { consent, stored } = make({ config: resolve({ ...siteConfig, respectGpc: false }), gpc: true });
      consent.choose(consent.allSelection());
      expect(stored()!.gpc).to.equal(true);
      expect(stored()!.categories).to.include('marketing');
    });
  });

  describe('an outdated or expired stored choice', () => {
    const cases: [string, Setup][] = [
      ['outdated (lower rev)', { stored: cookieOf({ rev: 1 }) }],
      ['expired (older than expiresDays)', { stored: cookieOf({ ts: NOW - 183 * DAY }) }],
      [
        'expired under a configured expiresDays of 30',
        { stored: cookieOf({ ts: NOW - 31 * DAY }), config: resolve({ ...siteConfig, cookie: { expiresDays: 30 } }) },
      ],
      [
        'asked before a category was added (same revision)',
        {
          stored: cookieOf(),
          config: resolve({ ...siteConfig, categories: { ...siteConfig.categories, social: {} } }),
        },
      ],
    ];
    for (const [what, setup] of cases) {
      it(`${what}: needs a choice and grants nothing`, () => {
        const { consent } = make(setup);
        expect(consent.needsChoice).to.equal(true);
        expect(consent.current).to.equal(null);
        expect(consent.hasConsent('analytics')).to.equal(false);
        expect(consent.hasConsent('analytics', 'ga4')).to.equal(false);
        expect(consent.hasConsent('marketing', 'youtube')).to.equal(false);
        expect(consent.hasConsent('necessary')).to.equal(true);
      });

      it(`${what}: pre-selects the earlier choice in the preferences`, () => {
        const { consent } = make(setup);
        expect(consent.current).to.equal(null);
        expect(consent.draftSelection()).to.deep.equal({
          categories: ['necessary', 'analytics', 'marketing'],
          services: { analytics: ['ga4'], marketing: ['youtube', 'meta'] },
        });
      });

      it(`${what}: the next choice reuses its id and is not the first`, () => {
        const { consent, stored } = make(setup);
        const result = consent.choose({ categories: ['analytics'] });
        expect(result.consent.id).to.equal(ID(99));
        expect(result.first).to.equal(false);
        expect(stored()!.id).to.equal(ID(99));
        expect(consent.needsChoice).to.equal(false);
        expect(consent.draftSelection()).to.deep.equal({
          categories: ['necessary', 'analytics'],
          services: { analytics: ['ga4', 'hotjar'] },
        });
      });

      it(`${what}: a refusal now lists the cookies the earlier choice allowed`, () => {
        const { consent } = make(setup);
        const result = consent.choose({ categories: [] });
        expect(result.revokedCookies).to.include.members(['_ga', '_fbp', 'YSC', '_fbc']);
      });
    }

    it('stores the new choice with the current revision', () => {
      const { consent, stored } = make({ stored: cookieOf({ rev: 1 }) });
      consent.choose({ categories: [] });
      expect(stored()!.rev).to.equal(2);
      expect(stored()!.ts).to.equal(NOW);
    });
  });

  describe('a category added to or removed from the config (R13)', () => {
    const withSocial = resolve({ ...siteConfig, categories: { ...siteConfig.categories, social: {} } });
    /** A stored choice in the first format (`v: 1`, no `asked`). */
    const v1CookieOf = (over: Partial<ConsentRecord> = {}) => {
      const { asked, ...old } = JSON.parse(cookieOf(over)) as ConsentRecord;
      expect(asked).to.be.an('array');
      return JSON.stringify({ ...old, v: 1 });
    };

    it('asks again for a category added without a revision bump, pre-selecting the earlier choice and keeping its id', () => {
      const { consent, stored } = make({ stored: cookieOf(), config: withSocial });
      expect(consent.needsChoice).to.equal(true);
      expect(consent.hasConsent('analytics')).to.equal(false);
      expect(consent.hasConsent('social')).to.equal(false);
      expect(consent.draftSelection().categories).to.deep.equal(['necessary', 'analytics', 'marketing']);
      const result = consent.choose({ categories: ['analytics', 'social'] });
      expect(result.first).to.equal(false);
      expect(result.consent.id).to.equal(ID(99));
      expect(stored()!.asked).to.deep.equal(['necessary', 'functional', 'analytics', 'marketing', 'social']);
      expect(consent.needsChoice).to.equal(false);
      expect(make({ stored: cookieOf(result.consent), config: withSocial }).consent.needsChoice).to.equal(false);
    });

    it('does not ask again when a category is removed: its grant is dropped quietly', () => {
      const { marketing: _removed, ...rest } = siteConfig.categories;
      expect(_removed).to.be.an('object');
      const fewer = resolve({ ...siteConfig, categories: rest });
      const { consent } = make({ stored: cookieOf(), config: fewer });
      expect(consent.needsChoice).to.equal(false);
      expect(consent.hasConsent('analytics', 'ga4')).to.equal(true);
      expect(consent.hasConsent('marketing')).to.equal(false);
      expect(consent.current!.categories).to.deep.equal(['necessary', 'analytics']);
      expect(consent.current!.services).to.deep.equal({ analytics: ['ga4'] });
    });

    it('reads a v1 choice: one that granted every category stands, one that refused a category asks again', () => {
      const all = ['necessary', 'functional', 'analytics', 'marketing'];
      const granted = make({ stored: v1CookieOf({ categories: all }) }).consent;
      expect(granted.needsChoice).to.equal(false);
      expect(granted.current!.asked).to.deep.equal(all);
      expect(granted.hasConsent('functional')).to.equal(true);

      const refused = make({ stored: v1CookieOf() }).consent;
      expect(refused.needsChoice, 'functional was refused: v1 cannot show it was asked').to.equal(true);
      expect(refused.hasConsent('analytics')).to.equal(false);
      expect(refused.draftSelection().categories).to.deep.equal(['necessary', 'analytics', 'marketing']);
      expect(refused.choose(refused.draftSelection()).consent.id).to.equal(ID(99));
    });
  });

  describe('a tampered or unreadable stored choice', () => {
    const tampered: [string, string][] = [
      ['an unknown category', cookieOf({ categories: ['necessary', 'analytics', 'marketing', 'tracking'] })],
      ['an extra field', cookieOf().replace('{', '{"admin":true,')],
      ['a required category missing', cookieOf({ categories: ['analytics', 'marketing'] })],
      ['a time in the future', cookieOf({ ts: NOW + 30 * DAY })],
      ['an unknown service', cookieOf({ services: { analytics: ['ga4', 'evil'], marketing: [] } })],
      ['broken JSON', cookieOf().slice(0, -3)],
      ['garbage', '%%%not json%%%'],
    ];
    for (const [what, stored] of tampered)
      it(`with ${what}: grants nothing, pre-selects nothing, and the next choice is a first one with a new id`, () => {
        const { consent } = make({ stored });
        expect(consent.needsChoice).to.equal(true);
        expect(consent.current).to.equal(null);
        expect(consent.draftSelection().categories).to.deep.equal([]);
        expect(consent.hasConsent('analytics')).to.equal(false);
        expect(consent.hasConsent('marketing')).to.equal(false);
        expect(consent.hasConsent('marketing', 'youtube')).to.equal(false);
        expect(consent.draftSelection().categories.filter((c) => c != 'necessary')).to.deep.equal([]);
        const result = consent.choose({ categories: [] });
        expect(result.first).to.equal(true);
        expect(result.consent.id).to.equal(ID(1));
      });
  });

  describe('reset', () => {
    it('clears storage and state: a choice is needed again and nothing optional is granted', () => {
      const { consent, storage } = make();
      consent.choose(consent.allSelection());
      consent.reset();
      expect(storage.value).to.equal(undefined);
      expect(consent.current).to.equal(null);
      expect(consent.draftSelection().categories).to.deep.equal([]);
      expect(consent.needsChoice).to.equal(true);
      expect(consent.hasConsent('analytics')).to.equal(false);
      expect(consent.hasConsent('necessary')).to.equal(true);
    });

    it('forgets an outdated choice too', () => {
      const { consent } = make({ stored: cookieOf({ rev: 1 }) });
      consent.reset();
      expect(consent.draftSelection().categories).to.deep.equal([]);
      expect(consent.draftSelection().categories.filter((c) => c != 'necessary')).to.deep.equal([]);
    });

    it('makes the next choice a first one with a new id', () => {
      const { consent } = make({ stored: cookieOf() });
      consent.reset();
      const result = consent.choose({ categories: ['analytics'] });
      expect(result.first).to.equal(true);
      expect(result.consent.id).to.equal(ID(1));
    });
  });

  describe('when storage refuses the write', () => {
    const refusing = (): ConsentStorage & { writes: string[] } => ({
      writes: [],
      read: () => undefined,
      write(value: string) {
        this.writes.push(value);
        return false;
      },
      clear: () => {},
    });

    it('reports stored: false but the choice holds for this page', () => {
      const storage = refusing();
      const { consent } = make({ storage });
      const result = consent.choose({ categories: ['analytics'] });
      expect(storage.writes).to.have.length(1);
      expect(result.stored).to.equal(false);
      expect(consent.needsChoice).to.equal(false);
      expect(consent.current).to.deep.equal(result.consent);
      expect(consent.hasConsent('analytics')).to.equal(true);
      expect(consent.hasConsent('marketing')).to.equal(false);
    });

    it('holds a refusal for this page too', () => {
      const { consent } = make({ storage: refusing() });
      const result = consent.choose({ categories: [] });
      expect(result.stored).to.equal(false);
      expect(consent.needsChoice).to.equal(false);
      expect(consent.hasConsent('analytics')).to.equal(false);
    });
  });

  describe('with real defaults (no injected clock or id)', () => {
    it('writes a random UUID v4 id that a later page load accepts', () => {
      const storage = memoryStorage();
      const consent = new Consent(config, { storage });
      const result = consent.choose({ categories: ['analytics'] });
      expect(result.consent.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(Math.abs(result.consent.ts - Date.now())).to.be.below(5000);
      expect(result.consent.gpc).to.equal(false);
      const reloaded = new Consent(config, { storage });
      expect(reloaded.needsChoice).to.equal(false);
      expect(reloaded.hasConsent('analytics')).to.equal(true);
    });

    it('randomId gives a different id every time', () => {
      const ids = new Set(Array.from({ length: 1000 }, randomId));
      expect(ids.size).to.equal(1000);
    });
  });

  describe('a category whose name is also an Object.prototype member', () => {
    // 'constructor' matches [a-z0-9_-]+, so a site may use it; record lookups must not see Object.prototype.
    const cfg = resolve({
      categories: { necessary: { required: true }, constructor: {}, analytics: { services: { ga4: {} } } },
    });

    it('grants nothing for it before a choice, and does not throw', () => {
      const { consent } = make({ config: cfg });
      expect(consent.hasConsent('constructor')).to.equal(false);
    });

    it('changes a stored choice that grants it without throwing', () => {
      const { consent } = make({ config: cfg });
      consent.choose({ categories: ['constructor'] });
      expect(consent.hasConsent('constructor')).to.equal(true);
      let result: ReturnType<Consent['choose']> | undefined;
      expect(() => (result = consent.choose({ categories: ['constructor', 'analytics'] }))).not.to.throw();
      expect(result!.changed).to.deep.equal(['analytics']);
      expect(() => (result = consent.choose({ categories: [] }))).not.to.throw();
      expect(result!.revoked).to.deep.equal(['constructor', 'analytics']);
    });

    it('stores the services of a category named __proto__ like any other (a JSON config can name it)', () => {
      const protoCfg = resolve(
        JSON.parse('{"categories":{"necessary":{"required":true},"__proto__":{"services":{"video":{}}}}}'),
      );
      const { consent, stored } = make({ config: protoCfg });
      consent.choose({ categories: ['__proto__'] });
      expect(consent.hasConsent('__proto__', 'video')).to.equal(true);
      expect(stored()).not.to.equal(null);
      expect(Object.prototype.hasOwnProperty.call(stored()!.services, '__proto__')).to.equal(true);
      expect(
        new Consent(protoCfg, {
          storage: { read: () => serializeRecord(consent.current!), write: () => true, clear() {} },
          now: () => NOW,
        }).hasConsent('__proto__', 'video'),
      ).to.equal(true);
    });

    it('answers hasConsent with a service without throwing', () => {
      const { consent } = make({ config: cfg });
      consent.choose({ categories: ['constructor'] });
      expect(() => consent.hasConsent('constructor', 'x')).not.to.throw();
      expect(consent.hasConsent('constructor', 'x')).to.equal(false);
    });
  });
});
