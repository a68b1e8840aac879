/**
 * Property tests for the stored choice (docs/contract.md §3): parseRecord never throws, never grants a
 * category the config does not have nor leaves out a required one it asked about, never accepts an
 * unknown field, refuses every mutation of a valid record that breaks the rules, drops categories
 * the config no longer has (docs/compliance.md R13), reads the first format (v1) as asked about
 * what it grants, and reads back what serializeRecord wrote. And the Consent class: hasConsent is
 * never true for a category that choose() did not grant, whatever selection it was given.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateConfig } from '../../src/core/config.js';
import { Consent } from '../../src/core/consent.js';
import { isCurrent, parseRecord, serializeRecord } from '../../src/core/record.js';
import type { ConsentRecord, ResolvedConfig, Selection } from '../../src/core/types.js';
import { memoryStorage } from '../../src/storage/memory-storage.js';
import {
  clone,
  own,
  put,
  unknownKeyArb,
  validConfigArb,
  validRecordArb,
  PROTO_KEYS,
  PROTO_NAMES,
  runs,
  type Obj,
} from './arbitraries.js';

const DAY = 864e5;
const NOW = Date.UTC(2025, 10, 26, 12, 0, 0);
const RECORD_KEYS = ['v', 'id', 'rev', 'ts', 'asked', 'categories', 'services', 'gpc'];

/** Resolved configs: valid site configs through validateConfig. */
const configArb = validConfigArb.map((input) => {
  const { config, errors } = validateConfig(input);
  if (!config) throw new Error(`generated config refused: ${errors.join('; ')}`);
  return config;
});

/** A resolved config and a valid record for it. */
const configAndRecordArb = configArb.chain((config) =>
  validRecordArb(config, NOW).map((record) => ({ config, record })),
);

/** What a parsed record must satisfy, whatever the cookie held. */
function expectTrustworthy(r: ConsentRecord, config: ResolvedConfig): void {
  expect(Object.keys(r).sort(), 'fields').to.deep.equal([...RECORD_KEYS].sort());
  expect(r.v).to.equal(2);
  expect(r.id).to.be.a('string');
  expect(Number.isInteger(r.rev) && r.rev >= 0, 'rev').to.equal(true);
  expect(r.ts > 0 && r.ts <= NOW + DAY, 'ts').to.equal(true);
  expect(r.gpc).to.be.a('boolean');
  const names = config.categories.map((c) => c.name);
  expect(new Set(r.categories).size, 'categories are unique').to.equal(r.categories.length);
  expect(new Set(r.asked).size, 'asked is unique').to.equal(r.asked.length);
  for (const c of r.asked) expect(names, 'a category asked about is in the config').to.include(c);
  for (const c of r.categories) expect(r.asked, 'a granted category was asked about').to.include(c);
  for (const c of config.categories)
    if (c.required && r.asked.includes(c.name))
      expect(r.categories, 'required categories asked about are granted').to.include(c.name);
  for (const [name, list] of Object.entries(r.services)) {
    const category = config.categories.find((c) => c.name === name);
    expect(category, `services of "${name}", a category of the config`).to.not.equal(undefined);
    expect(r.categories, `services of "${name}", a granted category`).to.include(name);
    expect(list).to.be.an('array');
    for (const s of list)
      expect(
        category!.services.map((x) => x.name),
        `service "${s}" of "${name}"`,
      ).to.include(s);
  }
}

const json = (v: unknown) => JSON.stringify(v);

/** A name that is not a category of `config`. */
const notACategory = (config: ResolvedConfig) =>
  fc
    .oneof(
      fc.constantFrom(...PROTO_NAMES, ...PROTO_KEYS, 'analytics', 'marketing', 'Necessary', ''),
      fc.string({ maxLength: 10 }),
    )
    .filter((n) => !config.categories.some((c) => c.name === n));

// Arbitraries built once (building them per generated record is what makes a run slow).
const extraKeyArb = fc.tuple(unknownKeyArb(RECORD_KEYS), fc.jsonValue({ maxDepth: 1 }));
const jsonValue2 = fc.jsonValue({ maxDepth: 2 });

/** One way to break a valid record, each of which docs/contract.md §3 says makes it "no choice". */
function breakRecord(config: ResolvedConfig, record: ConsentRecord): fc.Arbitrary<{ raw: string; what: string }> {
  const base = () => clone(record) as unknown as Obj;
  const set = (key: string, values: fc.Arbitrary<unknown>) =>
    values.map((value) => {
      const r = base();
      put(r, key, value);
      return { raw: json(r), what: `${key} = ${fc.stringify(value)}` };
    });
  const notJsonValue = (ok: (v: unknown) => boolean) => jsonValue2.filter((v) => !ok(v));
  const withServices = config.categories.filter((c) => c.services.length);
  const withoutServices = config.categories.filter((c) => !c.services.length);
  const required = config.categories.filter((c) => c.required);
  const options: fc.Arbitrary<{ raw: string; what: string }>[] = [
    // A field the format does not have, whatever it is called.
    extraKeyArb.map(([key, value]) => {
      const r = base();
      put(r, key, value);
      return { raw: json(r), what: `extra field ${JSON.stringify(key)}` };
    }),
    fc.constantFrom(...RECORD_KEYS).map((key) => {
      const r = base();
      delete r[key];
      return { raw: json(r), what: `no ${key}` };
    }),
    // v: 1 with `asked` is broken too: the first format had no `asked`.
    set(
      'v',
      fc.oneof(
        notJsonValue((v) => v === 2),
        fc.constantFrom(0, 1, 3, '2', true, [2]),
      ),
    ),
    set(
      'id',
      fc.oneof(
        notJsonValue((v) => typeof v === 'string' && /^[0-9a-f-]{8,64}$/i.test(v)),
        fc.constantFrom(
          '',
          'abc',
          'g'.repeat(8),
          'a'.repeat(65),
          '3f0c2b1a 9d4e',
          '<img src=x onerror=alert(1)>',
          '../../etc',
        ),
      ),
    ),
    set('rev', fc.oneof(fc.integer({ max: -1 }), fc.constantFrom(0.5, '0', null, true, [], {}, -0.1))),
    set(
      'ts',
      fc.oneof(
        // Beyond the day of clock skew the parser tolerates: written in the future.
        fc.integer({ min: NOW + DAY + 1, max: NOW + 1000 * DAY }),
        fc.integer({ min: -1e12, max: 0 }),
        fc.constantFrom('1764130000000', null, true, [NOW], {}, Infinity),
      ),
    ),
    set('gpc', fc.constantFrom(0, 1, 'false', null, [], {})),
    set('categories', fc.constantFrom(null, 'necessary', {}, 5, true, [[]], [null], [1])),
    set('asked', fc.constantFrom(null, 'necessary', {}, 5, true, [[]], [null], [1])),
    // A granted category never asked about (a cookie written by hand).
    notACategory(config).map((name) => {
      const r = base();
      (r.categories as string[]).push(name);
      return { raw: json(r), what: `category ${JSON.stringify(name)} granted, never asked about` };
    }),
    set('services', fc.constantFrom(null, [], 'x', 5, true)),
    // Services of a category the config does not have.
    fc.tuple(notACategory(config), fc.array(fc.string({ maxLength: 5 }), { maxLength: 2 })).map(([name, list]) => {
      const r = base();
      put(r.services as Obj, name, list);
      return { raw: json(r), what: `services of unknown category ${JSON.stringify(name)}` };
    }),
  ];
  if (record.categories.length)
    options.push(
      fc.nat().map((i) => {
        const r = base();
        const cats = r.categories as string[];
        cats.push(cats[i % cats.length]!);
        return { raw: json(r), what: 'a category twice' };
      }),
      fc.nat().map((i) => {
        const r = base();
        const gone = record.categories[i % record.categories.length];
        r.asked = (r.asked as string[]).filter((n) => n !== gone);
        return { raw: json(r), what: `${gone} granted, missing from asked` };
      }),
    );
  if (record.asked.length)
    options.push(
      fc.nat().map((i) => {
        const r = base();
        const asked = r.asked as string[];
        asked.push(asked[i % asked.length]!);
        return { raw: json(r), what: 'a category asked about twice' };
      }),
    );
  if (required.length)
    options.push(
      fc.constantFrom(...required).map((c) => {
        const r = base();
        r.categories = (r.categories as string[]).filter((n) => n !== c.name);
        return { raw: json(r), what: `required ${c.name} missing` };
      }),
    );
  if (withoutServices.length)
    options.push(
      fc.constantFrom(...withoutServices).map((c) => {
        const r = base();
        put(r.services as Obj, c.name, []);
        return { raw: json(r), what: `services for ${c.name}, which has none` };
      }),
    );
  if (withServices.length)
    options.push(
      fc
        .tuple(
          fc.constantFrom(...withServices),
          fc.string({ maxLength: 8 }),
          fc.constantFrom('unknown', 'twice', 'not granted', 'not a list'),
        )
        .map(([c, junk, how]) => {
          const r = base();
          const cats = r.categories as string[];
          const known = c.services[0]!.name;
          if (how === 'not granted') {
            r.categories = cats.filter((n) => n !== c.name || c.required);
            // A required category is always granted: give its service list a stranger instead.
            put(r.services as Obj, c.name, c.required ? ['not-a-service-' + junk] : [known]);
          } else {
            if (!cats.includes(c.name)) cats.push(c.name);
            const name = c.services.some((s) => s.name === junk) ? junk + '!' : junk;
            put(
              r.services as Obj,
              c.name,
              how === 'unknown' ? [known, name] : how === 'twice' ? [known, known] : known,
            );
          }
          return { raw: json(r), what: `services of ${c.name}: ${how}` };
        }),
    );
  // A cookie cut short (a browser limit, a proxy): never a prefix of the record that parses.
  const full = serializeRecord(record);
  options.push(fc.nat(full.length - 1).map((n) => ({ raw: full.slice(0, n), what: `cut at ${n}` })));
  return fc.oneof(...options);
}

/** Near-records: every field drawn from a pool mixing good and bad values, to reach every check. */
const nearRecordArb = (config: ResolvedConfig) => {
  const names = config.categories.map((c) => c.name);
  const services = config.categories.flatMap((c) => c.services.map((s) => s.name));
  const pool = <T>(...arbs: fc.Arbitrary<T>[]) => fc.oneof(...arbs);
  const catName = pool(
    fc.constantFrom(...names),
    fc.constantFrom(...PROTO_NAMES, ...PROTO_KEYS),
    fc.string({ maxLength: 6 }),
  );
  const svcName = services.length
    ? pool(fc.constantFrom(...services), fc.string({ maxLength: 6 }))
    : fc.string({ maxLength: 6 });
  return fc
    .record(
      {
        v: fc.constantFrom(1, 1, 2, 2, 3, '1'),
        id: fc.oneof(fc.uuid(), fc.string({ maxLength: 10 })),
        rev: fc.oneof(fc.nat(5), fc.integer({ min: -3, max: 3 }), fc.constant(0.5)),
        ts: fc.oneof(
          fc.integer({ min: 1, max: NOW }),
          fc.integer({ min: NOW - DAY, max: NOW + 3 * DAY }),
          fc.integer({ min: -5, max: 5 }),
        ),
        asked: fc.oneof(fc.array(catName, { maxLength: 8 }), fc.shuffledSubarray(names), fc.constant(names)),
        categories: fc.oneof(fc.array(catName, { maxLength: 8 }), fc.shuffledSubarray(names), fc.constant(names)),
        services: fc
          .uniqueArray(fc.tuple(catName, fc.array(svcName, { maxLength: 3 })), { selector: (e) => e[0], maxLength: 4 })
          .map((e) => own(e)),
        gpc: fc.constantFrom(true, false, 0, 'true'),
        extra: fc.option(
          fc.tuple(fc.constantFrom('__proto__', 'constructor', 'x', 'granted'), fc.jsonValue({ maxDepth: 1 })),
          { freq: 5 },
        ),
      },
      { requiredKeys: ['v', 'id', 'rev', 'ts', 'categories', 'services', 'gpc'] },
    )
    .map(({ extra, ...r }) => {
      const o = own(Object.entries(r));
      if (extra) put(o, extra[0], extra[1]);
      return o;
    });
};

/** Valid records with 0–2 fields taken from a near-record: many of them still valid, many just not. */
const mixedRecordArb = (config: ResolvedConfig) =>
  fc
    .tuple(validRecordArb(config, NOW), nearRecordArb(config), fc.subarray(RECORD_KEYS, { maxLength: 2 }))
    .map(([valid, near, keys]) => {
      const o = own(Object.entries(valid));
      for (const k of keys) put(o, k, near[k]);
      return json(o);
    });

const anyRawArb = (config: ResolvedConfig) =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.json({ maxDepth: 3 }),
    nearRecordArb(config).map(json),
    mixedRecordArb(config),
    fc.constantFrom(
      '',
      'null',
      '{}',
      '[]',
      'true',
      '"x"',
      '1',
      '{"v":1}',
      '['.repeat(10_000),
      '{"a":'.repeat(5000),
      'undefined',
      '\uFEFF{}',
      'NaN',
    ),
  );

describe('parseRecord, property-tested', function () {
  // A ceiling, not a wait: these run 3 times slower in WebKit than in Chromium, and 30 s ran out
  // there beside the other two browsers on the busy 2-core machine.
  this.timeout(90_000);

  it('reads back what serializeRecord wrote: equal fields, nothing added or lost', () => {
    fc.assert(
      fc.property(configAndRecordArb, ({ config, record }) => {
        const parsed = parseRecord(serializeRecord(record), config, NOW);
        expect(parsed, serializeRecord(record)).to.deep.equal(record);
        expectTrustworthy(parsed!, config);
        // The field order of the cookie does not matter.
        const shuffled = own(Object.entries(record).reverse());
        expect(parseRecord(json(shuffled), config, NOW)).to.deep.equal(record);
      }),
      { numRuns: runs(1500) },
    );
  });

  it('never throws, and whatever it accepts grants only categories and services of the config, required ones included', () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        configArb.chain((config) => anyRawArb(config).map((raw) => ({ config, raw }))),
        ({ config, raw }) => {
          let parsed: ConsentRecord | null = null;
          expect(() => (parsed = parseRecord(raw, config, NOW))).to.not.throw();
          if (parsed) {
            accepted++;
            expectTrustworthy(parsed, config);
          }
        },
      ),
      { numRuns: runs(2000) },
    );
    // The generators do reach the accepting path, so the invariants were checked on real records.
    expect(accepted, 'records accepted').to.be.greaterThan(0);
  });

  it('counts every mutation of a valid record that breaks the §3 rules as no choice (null)', () => {
    fc.assert(
      fc.property(
        configAndRecordArb.chain(({ config, record }) =>
          breakRecord(config, record).map((broken) => ({ config, record, broken })),
        ),
        ({ config, broken }) => {
          let parsed: ConsentRecord | null = null;
          expect(() => (parsed = parseRecord(broken.raw, config, NOW))).to.not.throw();
          expect(parsed, `${broken.what}: ${broken.raw}`).to.equal(null);
        },
      ),
      { numRuns: runs(2000), endOnFailure: true },
    );
  });

  it('drops a category the config no longer has, and the rest of the choice stands (R13)', () => {
    fc.assert(
      fc.property(configAndRecordArb, fc.nat(), ({ config, record }, i) => {
        const gone = config.categories[i % config.categories.length]!.name;
        const smaller = { ...config, categories: config.categories.filter((c) => c.name !== gone) };
        const parsed = parseRecord(serializeRecord(record), smaller, NOW);
        const services = { ...record.services };
        delete services[gone];
        expect(parsed, `${gone} removed from the config`).to.deep.equal({
          ...record,
          asked: record.asked.filter((n) => n !== gone),
          categories: record.categories.filter((n) => n !== gone),
          services,
        });
        // Whether it stands no longer depends on the removed category.
        expect(isCurrent(parsed!, smaller, NOW)).to.equal(
          record.rev >= config.revision &&
            NOW - record.ts < config.cookie.expiresDays * DAY &&
            smaller.categories.every((c) => record.asked.includes(c.name)),
        );
      }),
      { numRuns: runs(500) },
    );
  });

  it('asks again (isCurrent false) while the config has a category the record was not asked about (R13)', () => {
    fc.assert(
      fc.property(configAndRecordArb, ({ config, record }) => {
        const parsed = parseRecord(serializeRecord(record), config, NOW)!;
        const unasked = config.categories.filter((c) => !parsed.asked.includes(c.name));
        if (unasked.length) expect(isCurrent(parsed, config, NOW), `not asked: ${unasked[0]!.name}`).to.equal(false);
        // The same record with every category asked about stands or falls on revision and age alone.
        const everything = { ...parsed, asked: config.categories.map((c) => c.name) };
        expect(isCurrent(everything, config, NOW)).to.equal(
          parsed.rev >= config.revision && NOW - parsed.ts < config.cookie.expiresDays * DAY,
        );
      }),
      { numRuns: runs(500) },
    );
  });

  it('reads a v1 record (no asked) as asked about exactly the categories it grants', () => {
    fc.assert(
      fc.property(configAndRecordArb, ({ config, record }) => {
        const { asked: _asked, ...old } = record;
        expect(_asked).to.be.an('array');
        const parsed = parseRecord(json({ ...old, v: 1 }), config, NOW);
        expect(parsed).to.deep.equal({ ...record, asked: record.categories });
      }),
      { numRuns: runs(500) },
    );
  });
});

/** The pool a hostile caller draws names from: the config's own, prototype names, anything. */
function namesPool(config: ResolvedConfig) {
  const names = config.categories.map((c) => c.name);
  const services = config.categories.flatMap((c) => c.services.map((s) => s.name));
  const str = fc.oneof(
    fc.constantFrom(...names, ...services, ...PROTO_NAMES, ...PROTO_KEYS, 'Analytics', 'analytics ', ''),
    fc.string({ maxLength: 8 }),
  );
  return { names, services, str };
}

/** A selection as a page might pass it to accept(): right, wrong or hostile. */
function selectionArb(config: ResolvedConfig): fc.Arbitrary<Selection> {
  const { str } = namesPool(config);
  const entry = fc.oneof(
    { weight: 4, arbitrary: fc.array(str, { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 'ga4', 5, {}, true, { length: 1, 0: 'x' }) },
  );
  return fc.record(
    {
      categories: fc.array(str, { maxLength: 8 }),
      services: fc
        .uniqueArray(fc.tuple(str, entry), { selector: (e) => e[0], maxLength: 4 })
        .map((e) => own(e) as Record<string, string[]>),
    },
    { requiredKeys: ['categories'] },
  );
}

/** The services the selection names for a category: a list, none written, or something else. */
function askedServices(selection: Selection, name: string): string[] | 'all' | 'malformed' {
  const s = selection.services;
  if (!s || !Object.hasOwn(s, name)) return 'all';
  const v = (s as Record<string, unknown>)[name];
  return Array.isArray(v) ? v : 'malformed';
}

describe('Consent, property-tested', function () {
  // A ceiling, not a wait: these run 3 times slower in WebKit than in Chromium, and 30 s ran out
  // there beside the other two browsers on the busy 2-core machine.
  this.timeout(90_000);

  it('never reports hasConsent true for a category (or service) that choose() did not grant, whatever the selection', () => {
    fc.assert(
      fc.property(
        configArb.chain((config) => {
          const { str } = namesPool(config);
          return fc.record({
            config: fc.constant(config),
            selection: selectionArb(config),
            stored: fc.oneof(fc.constant(undefined), validRecordArb(config, NOW).map(serializeRecord), fc.string()),
            gpc: fc.boolean(),
            probes: fc.array(fc.tuple(str, fc.option(str, { nil: undefined })), { maxLength: 12 }),
          });
        }),
        ({ config, selection, stored, gpc, probes }) => {
          const storage = memoryStorage(stored);
          const consent = new Consent(config, { storage, now: () => NOW, gpc });
          const result = consent.choose(selection);

          const probe = (c: Consent) => {
            for (const category of config.categories) {
              const granted = category.required || selection.categories.includes(category.name);
              expect(c.hasConsent(category.name), `hasConsent(${JSON.stringify(category.name)})`).to.equal(granted);
              const asked = askedServices(selection, category.name);
              for (const s of category.services) {
                const has = c.hasConsent(category.name, s.name);
                const label = `hasConsent(${JSON.stringify(category.name)}, ${JSON.stringify(s.name)}) for ${fc.stringify(selection.services)}`;
                if (category.required) expect(has, label).to.equal(true);
                else if (!granted) expect(has, label).to.equal(false);
                else if (asked !== 'malformed') expect(has, label).to.equal(asked === 'all' || asked.includes(s.name));
              }
            }
            for (const [name, service] of probes) {
              const category = config.categories.find((x) => x.name === name);
              const has = c.hasConsent(name, service);
              if (!category) expect(has, `hasConsent(${JSON.stringify(name)}), not a category`).to.equal(false);
              else if (service !== undefined && !category.services.some((s) => s.name === service))
                expect(has, `hasConsent(${JSON.stringify(name)}, ${JSON.stringify(service)}), not a service`).to.equal(
                  false,
                );
              else if (has)
                expect(
                  category.required || selection.categories.includes(name),
                  `hasConsent(${JSON.stringify(name)})`,
                ).to.equal(true);
            }
          };
          probe(consent);
          expect(result.accepted).to.deep.equal(
            config.categories.filter((c) => consent.hasConsent(c.name)).map((c) => c.name),
          );
          expect([...result.accepted, ...result.rejected].sort()).to.deep.equal(
            config.categories.map((c) => c.name).sort(),
          );

          // The stored choice is a valid record, and the next page load reads the same answers from it.
          expect(parseRecord(storage.value, config, NOW), `stored: ${storage.value}`).to.deep.equal(result.consent);
          const reloaded = new Consent(config, { storage, now: () => NOW, gpc });
          expect(reloaded.needsChoice).to.equal(false);
          probe(reloaded);
          // A category called "__proto__" is a key of the services, never their prototype.
          expect(Object.getPrototypeOf(result.consent.services)).to.equal(Object.prototype);
        },
      ),
      { numRuns: runs(1500) },
    );
  });

  it('"Accept all" grants every category except, while GPC applies, the ones marked gpc', () => {
    fc.assert(
      fc.property(configArb, fc.boolean(), (config, gpc) => {
        const consent = new Consent(config, { storage: memoryStorage(), now: () => NOW, gpc });
        consent.choose(consent.allSelection());
        for (const c of config.categories)
          expect(consent.hasConsent(c.name), c.name).to.equal(c.required || !(c.gpc && gpc && config.respectGpc));
      }),
      { numRuns: runs(1000) },
    );
  });

  it('a services entry that is not a list (accept(["analytics"], { analytics: "ga4" })) does not grant every service of the category', () => {
    const { config } = validateConfig({
      categories: { necessary: { required: true }, analytics: { services: { ga4: {}, hotjar: {} } } },
    });
    for (const entry of ['ga4', null, 5, {}, { 0: 'ga4', length: 1 }]) {
      const consent = new Consent(config!, { storage: memoryStorage(), now: () => NOW });
      consent.choose({ categories: ['analytics'], services: { analytics: entry as unknown as string[] } });
      expect(
        consent.hasConsent('analytics', 'hotjar'),
        `hotjar after services.analytics = ${fc.stringify(entry)}`,
      ).to.equal(false);
    }
  });
});
