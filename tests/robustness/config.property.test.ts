/**
 * Property tests for validateConfig (docs/contract.md §2) over thousands of random and hostile inputs:
 * it never throws; it returns either a config and no errors, or no config and at least one error,
 * each starting with the key path it is about; every valid config is accepted; any one invalid
 * piece in an otherwise valid config makes the whole config invalid, with an error naming it.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateConfig, type ConfigResult } from '../../src/core/config.js';
import {
  clone,
  corruptedConfigArb,
  deepFreeze,
  own,
  unsafeUrlArb,
  validConfigArb,
  TOP_KEYS,
  runs,
  type Obj,
} from './arbitraries.js';

/** Well-formed results: a config and no errors, or no config and ≥ 1 error, each starting with a key path. */
function expectWellFormed(result: ConfigResult, input: unknown): void {
  expect(result).to.be.an('object');
  expect(result.errors, 'errors').to.be.an('array');
  expect(result.warnings, 'warnings').to.be.an('array');
  for (const m of [...result.errors, ...result.warnings]) expect(m, 'message').to.be.a('string').and.not.equal('');
  if (result.config === null) {
    expect(result.errors, 'errors of a refused config').not.to.deep.equal([]);
    // The first path segment is one of the input's own keys, or the config itself.
    let keys: string[] = [];
    try {
      keys = typeof input === 'object' && input !== null ? Object.keys(input) : [];
    } catch {
      // A proxy that refuses to list its keys: only "config …" can name it.
    }
    for (const e of result.errors)
      expect(
        e.startsWith('config') ||
          e.startsWith('categories') ||
          keys.some((k) => k !== '' && e.startsWith(k)) ||
          (keys.includes('') && e.startsWith(' ')),
        `error "${e}" starts with a key path (keys: ${keys.join(', ')})`,
      ).to.equal(true);
  } else {
    expect(result.config, 'config').to.be.an('object');
    expect(result.errors, 'errors of an accepted config').to.deep.equal([]);
  }
}

/** Inputs built to hurt: throwing getters, proxies, cycles, symbols, odd prototypes. */
const trapsArb = fc.constantFrom<() => unknown>(
  () => ({
    get categories() {
      throw new Error('getter');
    },
  }),
  () => ({
    categories: {
      analytics: {
        get title() {
          throw new Error('getter');
        },
      },
    },
  }),
  () =>
    new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('ownKeys');
        },
      },
    ),
  () =>
    new Proxy(
      { categories: { a: {} } },
      {
        get() {
          throw new Error('get');
        },
      },
    ),
  () =>
    new Proxy(
      { categories: { a: {} } },
      {
        getOwnPropertyDescriptor() {
          throw new Error('gOPD');
        },
      },
    ),
  () => {
    const o: Obj = { categories: { a: {} } };
    (o.categories as Obj).a = o;
    return o;
  },
  () => {
    const o: Obj = { categories: {} };
    (o.categories as Obj).self = o.categories;
    return o;
  },
  () => ({ categories: { a: {} }, [Symbol('x')]: 1 }),
  () => Object.assign(Object.create({ categories: { inherited: {} } }), {}),
  () => Object.create({ policyUrl: 'javascript:alert(1)' }, { categories: { value: { a: {} }, enumerable: true } }),
  () => JSON.parse('{"__proto__": {"categories": {"a": {}}}}'),
  () => JSON.parse('{"categories": {"a": {}}, "__proto__": {"polluted": true}}'),
  () => JSON.parse('{"categories": {"__proto__": {"required": true}}}'),
  () => JSON.parse('{"categories": {"a": {"services": {"__proto__": {"title": "x"}}}}}'),
  () =>
    new (class Config {
      categories = { a: {} };
    })(),
  () => Object.freeze({ categories: Object.freeze({ a: Object.freeze({}) }) }),
  () => [{ categories: { a: {} } }],
  () => new Map([['categories', { a: {} }]]),
  () => new Date(),
  () => /categories/,
  () => function categories() {},
  () => Symbol('config'),
  () => 10n,
  () => ({
    categories: { a: {} },
    cookie: {
      get name() {
        return 'x';
      },
    },
  }),
  () => ({ categories: new Proxy({ a: {} }, { ownKeys: () => ['a', 'a'] }) }),
  () => ({ categories: { a: { cookies: new Array(5) } } }),
  () => ({ categories: { a: { cookies: Object.assign(['x'], { toString: null }) } } }),
);

const anythingArb = fc.anything({
  maxDepth: 4,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withObjectString: true,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
  stringUnit: 'binary',
  key: fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom(...TOP_KEYS, '__proto__', 'constructor')),
});

/** Random objects shaped a little like a config, so the checks below the top level are reached too. */
const configLikeArb = fc.dictionary(
  fc.constantFrom(...TOP_KEYS, 'colour', '__proto__'),
  fc.oneof(
    anythingArb,
    fc.dictionary(
      fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('analytics', '__proto__', 'required', 'services', 'name')),
      anythingArb,
    ),
  ),
);

const RUNS = 2000;

describe('validateConfig, property-tested', function () {
  // A ceiling, not a wait: these run 3 times slower in WebKit than in Chromium, and 30 s ran out
  // there beside the other two browsers on the busy 2-core machine.
  this.timeout(90_000);

  it('never throws and always returns a well-formed result, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anythingArb,
          configLikeArb,
          trapsArb.map((make) => make()),
        ),
        (input) => {
          let result!: ConfigResult;
          expect(() => (result = validateConfig(input))).to.not.throw();
          expectWellFormed(result, input);
        },
      ),
      { numRuns: runs(RUNS) },
    );
  });

  it('never takes a key from Object.prototype: a polluted prototype neither grants nor configures anything', () => {
    // Prototype pollution (`?__proto__[required]=true` through a page's query-string parser) is a
    // well-known bug class; the validator must read the site's own keys only, or a polluted
    // `required` makes every category granted without consent.
    const proto = Object.prototype as Obj;
    const pollute = {
      required: true,
      categories: { polluted: { required: true } },
      cookie: { domain: 'evil.example' },
      layout: 'box',
      services: { tracker: {} },
    };
    let result!: ConfigResult;
    try {
      for (const [k, v] of Object.entries(pollute))
        Object.defineProperty(proto, k, { value: v, configurable: true, writable: true });
      result = validateConfig({ categories: { necessary: { required: true }, analytics: {} } });
    } finally {
      for (const k of Object.keys(pollute)) delete proto[k];
    }
    expect(result.errors).to.deep.equal([]);
    const analytics = result.config!.categories.find((c) => c.name === 'analytics')!;
    expect(analytics.required, 'analytics required (from Object.prototype.required)').to.equal(false);
    expect(
      analytics.services.map((s) => s.name),
      'services (from Object.prototype.services)',
    ).to.deep.equal([]);
    expect(result.config!.cookie.domain, 'cookie.domain (from Object.prototype.cookie)').to.equal(undefined);
    expect(result.config!.layout, 'layout (from Object.prototype.layout)').to.equal('bar');
  });

  it('never uses an inherited policyUrl, nor a JSON "__proto__" key as a prototype', () => {
    const url = validateConfig(
      Object.create({ policyUrl: 'javascript:alert(1)' }, { categories: { value: { a: {} }, enumerable: true } }),
    );
    expect(url.config?.policyUrl).to.equal(undefined);
    // A JSON key "__proto__" is data (an unknown key), never the prototype of anything that comes out.
    const json = validateConfig(JSON.parse('{"categories": {"a": {}}, "__proto__": {"polluted": true}}'));
    expect(json.config).to.equal(null);
    expect(json.errors.some((e) => e.startsWith('__proto__'))).to.equal(true);
    expect(({} as Obj).polluted).to.equal(undefined);
  });

  it('accepts every valid config, with no errors, keeping category order and required flags', () => {
    fc.assert(
      fc.property(validConfigArb, fc.boolean(), (input, freeze) => {
        const before = fc.stringify(input);
        // A frozen config must be read, never written to.
        const { config, errors } = validateConfig(freeze ? deepFreeze(clone(input)) : input);
        expect(errors, `errors for ${before}`).to.deep.equal([]);
        expect(config, 'config').to.not.equal(null);
        expect(fc.stringify(input), 'the input is not changed').to.equal(before);
        const cats = input.categories as Obj;
        expect(config!.categories.map((c) => c.name)).to.deep.equal(Object.keys(cats));
        for (const c of config!.categories) {
          expect(c.required, `${c.name}.required`).to.equal((cats[c.name] as Obj).required === true);
          const services = ((cats[c.name] as Obj).services ?? {}) as Obj;
          expect(
            c.services.map((s) => s.name),
            `${c.name} services`,
          ).to.deep.equal(Object.keys(services));
        }
        const expires = (input.cookie as Obj | undefined)?.expiresDays;
        expect(config!.cookie.expiresDays).to.equal(expires ?? 182);
        expect(config!.cookie.expiresDays).to.be.within(Number.MIN_VALUE, 395);
        expect(config!.revision).to.equal(input.revision ?? 0);
        expect(config!.policyUrl).to.equal(input.policyUrl);
        expect(config!.recordEndpoint).to.equal(input.recordEndpoint);
      }),
      { numRuns: runs(RUNS) },
    );
  });

  it('refuses a valid config with any one invalid piece, with an error starting with its key path', () => {
    fc.assert(
      fc.property(corruptedConfigArb, ({ config: input, path }) => {
        let result!: ConfigResult;
        expect(() => (result = validateConfig(input))).to.not.throw();
        expect(result.config, 'config').to.equal(null);
        expectWellFormed(result, input);
        expect(
          result.errors.some((e) => e.startsWith(path)),
          `an error starts with "${path}": ${JSON.stringify(result.errors)}`,
        ).to.equal(true);
      }),
      { numRuns: runs(RUNS) },
    );
  });

  it('refuses a config with several invalid pieces, naming at least one of them', () => {
    fc.assert(
      fc.property(fc.array(corruptedConfigArb, { minLength: 2, maxLength: 3 }), (corruptions) => {
        // The first corrupted config, plus the top-level keys of the others that it does not have.
        const [first, ...rest] = corruptions.map((c) => ({ ...c, config: clone(c.config) }));
        const input = first!.config;
        const expected = [first!.path];
        for (const { config, path } of rest) {
          for (const [k, v] of Object.entries(config))
            if (k !== 'categories' && !Object.hasOwn(input, k))
              Object.defineProperty(input, k, { value: v, enumerable: true });
          // A broken top-level key (not inside categories, which stay the first one's) came along.
          const top = TOP_KEYS.find((k) => path === k || path.startsWith(k + '.'));
          if (
            top !== 'categories' &&
            (top === undefined ? Object.hasOwn(input, path) : Object.is(input[top], config[top]))
          )
            expected.push(path);
        }
        const { config, errors } = validateConfig(input);
        expect(config).to.equal(null);
        expectWellFormed({ config, errors, warnings: [] }, input);
        expect(
          expected.some((path) => errors.some((e) => e.startsWith(path))),
          `an error names one of ${expected.join(', ')}: ${JSON.stringify(errors)}`,
        ).to.equal(true);
      }),
      { numRuns: runs(500) },
    );
  });

  it('names every problem at once (README: "one console.error naming each key and problem"): an unknown top-level key and a bad category name', () => {
    const { config, errors } = validateConfig({ colour: 'red', categories: { 'Bad Name': {}, analytics: {} } });
    expect(config).to.equal(null);
    expect(
      errors.some((e) => e.startsWith('colour')),
      JSON.stringify(errors),
    ).to.equal(true);
    expect(
      errors.some((e) => e.startsWith('categories.Bad Name')),
      JSON.stringify(errors),
    ).to.equal(true);
  });

  it('refuses javascript:, data:, vbscript:, file: and blob: URLs in any spelling for policyUrl and recordEndpoint', () => {
    fc.assert(
      fc.property(validConfigArb, unsafeUrlArb, fc.constantFrom('policyUrl', 'recordEndpoint'), (valid, url, key) => {
        const input = clone(valid);
        Object.defineProperty(input, key, { value: url, enumerable: true });
        const { config, errors } = validateConfig(input);
        expect(config, `${key} ${JSON.stringify(url)} accepted`).to.equal(null);
        expect(errors.some((e) => e.startsWith(key))).to.equal(true);
      }),
      { numRuns: runs(RUNS) },
    );
  });

  it('gives one error per problem, never the same message twice', () => {
    fc.assert(
      fc.property(corruptedConfigArb, ({ config: input }) => {
        const { errors } = validateConfig(input);
        expect(new Set(errors).size, JSON.stringify(errors)).to.equal(errors.length);
      }),
      { numRuns: runs(500) },
    );
  });

  it('accepts null-prototype objects at every level (a config built with Object.create(null))', () => {
    const n = (entries: [string, unknown][]) => own(entries, true);
    const input = n([
      [
        'categories',
        n([
          ['necessary', n([['required', true]])],
          ['analytics', n([['services', n([['ga4', n([])]])]])],
        ]),
      ],
      ['cookie', n([['expiresDays', 30]])],
    ]);
    const { config, errors } = validateConfig(input);
    expect(errors).to.deep.equal([]);
    expect(config!.categories.map((c) => c.name)).to.deep.equal(['necessary', 'analytics']);
  });
});
