import { expect } from '@open-wc/testing';
import { validateConfig } from '../../src/core/config.js';
import { isCurrent, parseRecord, serializeRecord } from '../../src/core/record.js';
import type { ConsentRecord, ResolvedConfig } from '../../src/core/types.js';

const DAY = 864e5;
const NOW = Date.UTC(2025, 10, 26, 12, 0, 0);
const ID = '3f0c2b1a-9d4e-4c6f-8a7b-0123456789ab';

/** A resolved config, failing the test if it is not valid. */
function resolve(input: unknown): ResolvedConfig {
  const { config, errors } = validateConfig(input);
  expect(errors).to.deep.equal([]);
  return config!;
}

const config = resolve({
  revision: 2,
  categories: {
    necessary: { required: true },
    functional: {},
    analytics: { services: { ga4: { cookies: ['_ga*'] }, hotjar: {} } },
    marketing: { services: { youtube: {}, meta: {} } },
  },
});

/** A valid record for `config`, with some fields replaced. */
const record = (over: Record<string, unknown> = {}) => ({
  v: 1,
  id: ID,
  rev: 2,
  ts: NOW - 1000,
  categories: ['necessary', 'analytics'],
  services: { analytics: ['ga4'] },
  gpc: false,
  ...over,
});

const parse = (value: unknown) => parseRecord(JSON.stringify(value), config, NOW);

/** A record without `key`. */
const without = (key: string) => {
  const r: Record<string, unknown> = record();
  delete r[key];
  return r;
};

describe('parseRecord', () => {
  it('accepts a well-formed record and returns its fields unchanged', () => {
    expect(parse(record())).to.deep.equal(record());
  });

  it('accepts the example record of the contract (§3) for its config', () => {
    const example = {
      v: 1,
      id: '3f0c0000-0000-4000-8000-000000000000',
      rev: 0,
      ts: 1764130000000,
      categories: ['necessary', 'analytics'],
      services: { analytics: ['ga4'] },
      gpc: false,
    };
    const exampleConfig = resolve({
      categories: { necessary: { required: true }, analytics: { services: { ga4: {} } } },
    });
    expect(parseRecord(JSON.stringify(example), exampleConfig, 1764130000000 + DAY)).to.deep.equal(example);
  });

  it('accepts a refusal (required categories only, no services)', () => {
    expect(parse(record({ categories: ['necessary'], services: {} }))).to.deep.equal(
      record({ categories: ['necessary'], services: {} }),
    );
  });

  it('accepts every category and service granted, in any order', () => {
    const all = record({
      categories: ['marketing', 'necessary', 'functional', 'analytics'],
      services: { marketing: ['meta', 'youtube'], analytics: ['ga4', 'hotjar'] },
    });
    expect(parse(all)).to.deep.equal(all);
  });

  it('accepts a granted category with an empty service list', () => {
    expect(parse(record({ services: { analytics: [] } }))).not.to.equal(null);
  });

  it('accepts gpc: true', () => {
    expect(parse(record({ gpc: true }))!.gpc).to.equal(true);
  });

  it('accepts a revision higher than the config (the parse does not judge currency)', () => {
    expect(parse(record({ rev: 7 }))).not.to.equal(null);
    expect(parse(record({ rev: 0 }))).not.to.equal(null);
  });

  it('accepts a time slightly ahead of this clock (another device’s clock skew)', () => {
    expect(parse(record({ ts: NOW + 60 * 60 * 1000 }))).not.to.equal(null);
  });

  describe('rejects (null)', () => {
    const raws: [string, string | undefined][] = [
      ['undefined (no cookie)', undefined],
      ['an empty string', ''],
      ['invalid JSON', '{"v":1,'],
      ['URI-encoded JSON that was not decoded', encodeURIComponent(JSON.stringify(record()))],
      ['a JSON array', JSON.stringify([record()])],
      ['a JSON number', '1'],
      ['a JSON string', JSON.stringify(JSON.stringify(record()))],
      ['JSON null', 'null'],
      ['JSON true', 'true'],
      ['a JSON object with a __proto__ key', JSON.stringify(record()).replace('{', '{"__proto__":{"x":1},')],
    ];
    for (const [what, raw] of raws)
      it(`${what}`, () => {
        expect(parseRecord(raw, config, NOW)).to.equal(null);
      });

    for (const key of ['v', 'id', 'rev', 'ts', 'categories', 'services', 'gpc'])
      it(`a record missing ${key}`, () => {
        expect(parse(without(key))).to.equal(null);
      });

    it('a record with an extra unknown field', () => {
      expect(parse(record({ extra: 1 }))).to.equal(null);
      expect(parse(record({ language: 'en' }))).to.equal(null);
    });

    it('a record with an extra field in place of a missing one (same key count)', () => {
      const r = without('gpc');
      r.gcp = false;
      expect(parse(r)).to.equal(null);
    });

    for (const v of [0, 2, '1', true, null])
      it(`a record with v ${JSON.stringify(v)} (only 1 is known)`, () => {
        expect(parse(record({ v }))).to.equal(null);
      });

    for (const id of [42, null, ['3f0c2b1a'], { id: ID }])
      it(`a non-string id ${JSON.stringify(id)}`, () => {
        expect(parse(record({ id }))).to.equal(null);
      });

    for (const id of [
      '',
      'abc',
      '3f0c2b1a 9d4e',
      '<script>alert(1)</script>',
      'zzzzzzzzzzzz',
      '3f0c2b1a-9d4e;x',
      'a'.repeat(65),
      '3f0c2b1a-9d4e\n',
    ])
      it(`an id with bad characters or length ${JSON.stringify(id.length > 20 ? id.slice(0, 20) + '…' : id)}`, () => {
        expect(parse(record({ id }))).to.equal(null);
      });

    for (const rev of [-1, 1.5, '2', null, true])
      it(`a rev of ${JSON.stringify(rev)} (not a whole number ≥ 0)`, () => {
        expect(parse(record({ rev }))).to.equal(null);
      });

    for (const ts of ['1764130000000', null, true, 0, -1000])
      it(`a ts of ${JSON.stringify(ts)} (not a positive number)`, () => {
        expect(parse(record({ ts }))).to.equal(null);
      });

    it('a ts in the far future (a year ahead)', () => {
      expect(parse(record({ ts: NOW + 365 * DAY }))).to.equal(null);
    });

    it('a ts more than a day ahead of this clock', () => {
      expect(parse(record({ ts: NOW + 2 * DAY }))).to.equal(null);
    });

    it('a ts too large to be a date (1e308)', () => {
      expect(parseRecord(JSON.stringify(record()).replace(/"ts":\d+/, '"ts":1e308'), config, NOW)).to.equal(null);
    });

    for (const gpc of ['false', 0, 1, null])
      it(`a gpc of ${JSON.stringify(gpc)} (not a boolean)`, () => {
        expect(parse(record({ gpc }))).to.equal(null);
      });

    for (const categories of ['necessary', { necessary: true }, null, ['necessary', 1]])
      it(`categories ${JSON.stringify(categories)} (not a list of names)`, () => {
        expect(parse(record({ categories, services: {} }))).to.equal(null);
      });

    it('categories with an unknown category', () => {
      expect(parse(record({ categories: ['necessary', 'analytics', 'tracking'] }))).to.equal(null);
    });

    it('categories naming an Object.prototype member (constructor)', () => {
      expect(parse(record({ categories: ['necessary', 'constructor'] }))).to.equal(null);
    });

    it('duplicate categories', () => {
      expect(parse(record({ categories: ['necessary', 'analytics', 'analytics'] }))).to.equal(null);
    });

    it('categories missing a required category', () => {
      expect(parse(record({ categories: ['analytics'] }))).to.equal(null);
      expect(parse(record({ categories: [], services: {} }))).to.equal(null);
    });

    it('categories missing a required category the site added later', () => {
      const later = resolve({
        revision: 3,
        categories: {
          necessary: { required: true },
          security: { required: true },
          functional: {},
          analytics: { services: { ga4: {}, hotjar: {} } },
          marketing: {},
        },
      });
      expect(parseRecord(JSON.stringify(record()), later, NOW)).to.equal(null);
    });

    for (const services of [null, [], 'analytics', ['ga4']])
      it(`services ${JSON.stringify(services)} (not an object)`, () => {
        expect(parse(record({ services }))).to.equal(null);
      });

    it('services for an unknown category', () => {
      expect(parse(record({ services: { analytics: ['ga4'], tracking: ['ga4'] } }))).to.equal(null);
    });

    it('services for a category that is not granted', () => {
      expect(parse(record({ services: { analytics: ['ga4'], marketing: ['youtube'] } }))).to.equal(null);
    });

    it('an unknown service', () => {
      expect(parse(record({ services: { analytics: ['ga4', 'matomo'] } }))).to.equal(null);
    });

    it('a service that belongs to another category', () => {
      expect(parse(record({ services: { analytics: ['youtube'] } }))).to.equal(null);
    });

    it('duplicate services', () => {
      expect(parse(record({ services: { analytics: ['ga4', 'ga4'] } }))).to.equal(null);
    });

    it('a service list that is not a list of strings', () => {
      expect(parse(record({ services: { analytics: 'ga4' } }))).to.equal(null);
      expect(parse(record({ services: { analytics: [1] } }))).to.equal(null);
      expect(parse(record({ services: { analytics: null } }))).to.equal(null);
    });

    it('services for a category that declares no services', () => {
      expect(parse(record({ categories: ['necessary', 'functional'], services: { functional: [] } }))).to.equal(null);
      expect(parse(record({ categories: ['necessary'], services: { necessary: [] } }))).to.equal(null);
    });
  });

  it('never throws, whatever the cookie holds', () => {
    const nasty = [
      '\u0000',
      '{'.repeat(100_000),
      '['.repeat(100_000) + ']'.repeat(100_000),
      'x'.repeat(1_000_000),
      '{"v":1,"id":"' + 'a'.repeat(1_000_000) + '"}',
      JSON.stringify(record({ categories: Array.from({ length: 10_000 }, (_, i) => `c${i}`) })),
      JSON.stringify(record({ services: { analytics: ['ga4'], constructor: ['x'] } })),
      JSON.stringify(record({ services: { analytics: ['ga4'], toString: ['x'] } })),
      '%7B%22v%22%3A1%7D',
    ];
    for (const raw of nasty) {
      let result: unknown;
      expect(() => (result = parseRecord(raw, config, NOW))).not.to.throw();
      expect(result).to.equal(null);
    }
  });
});

describe('serializeRecord', () => {
  const full: ConsentRecord = {
    v: 1,
    id: ID,
    rev: 2,
    ts: NOW,
    categories: ['necessary', 'analytics', 'marketing'],
    services: { analytics: ['ga4'], marketing: ['youtube', 'meta'] },
    gpc: true,
  };

  it('writes the keys in the order v, id, rev, ts, categories, services, gpc', () => {
    const shuffled = {
      gpc: full.gpc,
      services: full.services,
      categories: full.categories,
      ts: full.ts,
      rev: full.rev,
      id: full.id,
      v: full.v,
    };
    const json = serializeRecord(shuffled);
    const parsed = JSON.parse(json) as object;
    expect(Object.keys(parsed)).to.deep.equal(['v', 'id', 'rev', 'ts', 'categories', 'services', 'gpc']);
    expect(json).to.equal(
      `{"v":1,"id":"${ID}","rev":2,"ts":${NOW},"categories":["necessary","analytics","marketing"],"services":{"analytics":["ga4"],"marketing":["youtube","meta"]},"gpc":true}`,
    );
  });

  it('round-trips through parseRecord', () => {
    expect(parseRecord(serializeRecord(full), config, NOW)).to.deep.equal(full);
    const refusal: ConsentRecord = { ...full, categories: ['necessary'], services: {}, gpc: false };
    expect(parseRecord(serializeRecord(refusal), config, NOW)).to.deep.equal(refusal);
  });

  it('leaves out any property that is not part of the record', () => {
    const extra = { ...full, language: 'en', url: 'https://example.com/' } as ConsentRecord;
    const parsed = JSON.parse(serializeRecord(extra)) as object;
    expect(parsed).not.to.have.property('language');
    expect(parsed).not.to.have.property('url');
    expect(parseRecord(serializeRecord(extra), config, NOW)).to.deep.equal(full);
  });
});

describe('isCurrent', () => {
  const stored = (rev: number, ts: number): ConsentRecord => ({ ...(record() as ConsentRecord), rev, ts });

  it('is true for a record of the same revision made just now', () => {
    expect(isCurrent(stored(2, NOW), config, NOW)).to.equal(true);
    expect(isCurrent(stored(2, NOW - 1000), config, NOW)).to.equal(true);
  });

  it('is true for a record of a higher revision', () => {
    expect(isCurrent(stored(3, NOW), config, NOW)).to.equal(true);
  });

  it('is false for a record of a lower revision (the policy changed)', () => {
    expect(isCurrent(stored(1, NOW), config, NOW)).to.equal(false);
    expect(isCurrent(stored(0, NOW), config, NOW)).to.equal(false);
  });

  it('is true up to expiresDays (182 by default) and false once it is older', () => {
    expect(config.cookie.expiresDays).to.equal(182);
    expect(isCurrent(stored(2, NOW - 181 * DAY), config, NOW)).to.equal(true);
    expect(isCurrent(stored(2, NOW - 182 * DAY + 1), config, NOW)).to.equal(true);
    expect(isCurrent(stored(2, NOW - 182 * DAY - 1), config, NOW)).to.equal(false);
    expect(isCurrent(stored(2, NOW - 400 * DAY), config, NOW)).to.equal(false);
  });

  it('follows a configured expiresDays', () => {
    const short = resolve({
      revision: 2,
      cookie: { expiresDays: 30 },
      categories: { necessary: { required: true }, analytics: { services: { ga4: {} } } },
    });
    expect(isCurrent(stored(2, NOW - 29 * DAY), short, NOW)).to.equal(true);
    expect(isCurrent(stored(2, NOW - 31 * DAY), short, NOW)).to.equal(false);
  });

  it('is false when the revision is lower even if the record is fresh, and when old even if the revision matches', () => {
    expect(isCurrent(stored(1, NOW), config, NOW)).to.equal(false);
    expect(isCurrent(stored(2, NOW - 200 * DAY), config, NOW)).to.equal(false);
  });
});
