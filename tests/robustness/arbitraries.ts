/**
 * fast-check generators shared by the property tests of tests/robustness/: valid site configs
 * (docs/contract.md §2), hostile values, corruptions of a valid config that each make it invalid, and
 * valid stored records (docs/contract.md §3) for a resolved config.
 *
 * Objects are built with defineProperty, never by assignment: a category may be called
 * `__proto__`, and `o['__proto__'] = …` would set the prototype instead of a key.
 */
import fc from 'fast-check';
import type { ConsentRecord, ResolvedConfig } from '../../src/core/types.js';

export type Obj = Record<string, unknown>;

/** Whether these tests run in WebKit (WebKitGTK here; Chromium's user agent names AppleWebKit too). */
const inWebKit = /AppleWebKit/.test(navigator.userAgent) && !/Chrom(e|ium)\//.test(navigator.userAgent);

/**
 * How many cases a property runs in this browser. The properties test our own code (config
 * validation, record parsing, text rendering), not the engine: Chromium and Firefox search the input
 * space in full, and WebKitGTK, where JSON, chai's deep equality and Error stacks run 3 to 8 times
 * slower, runs a quarter of the cases, enough to show that its engine gives the same answers, for
 * about a minute less per `npm test`. A failure anywhere prints its seed, which replays it anywhere.
 */
export const runs = (cases: number): number => (inWebKit ? Math.ceil(cases / 4) : cases);

/** An object with exactly these own enumerable keys (a null prototype when asked). */
export function own(entries: Iterable<readonly [string, unknown]>, nullProto = false): Obj {
  const o: Obj = nullProto ? (Object.create(null) as Obj) : {};
  for (const [k, v] of entries)
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  return o;
}

/** Sets (or adds) one own key, whatever its name. */
export const put = (o: Obj, key: string, value: unknown): void =>
  void Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });

/** A deep copy that keeps RegExps, null prototypes and `__proto__` keys as they are. */
export function clone<T>(v: T): T {
  if (Array.isArray(v)) return v.map(clone) as T;
  if (typeof v !== 'object' || v === null || v instanceof RegExp) return v;
  return own(
    Object.entries(v).map(([k, x]) => [k, clone(x)] as const),
    Object.getPrototypeOf(v) === null,
  ) as T;
}

export function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null && !(v instanceof RegExp)) {
    for (const x of Object.values(v)) deepFreeze(x);
    Object.freeze(v);
  }
  return v;
}

/** Names that find something on Object.prototype (or look like they might) — all valid `[a-z0-9_-]+`. */
export const PROTO_NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  'tostring',
  'valueof',
  'hasownproperty',
  '__definegetter__',
  'then',
];
/** The same, as JavaScript spells them: not valid category names (capitals), but a caller may pass them. */
export const PROTO_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'isPrototypeOf',
  'then',
  'length',
];

export const TOP_KEYS = [
  'revision',
  'policyUrl',
  'categories',
  'cookie',
  'language',
  'translations',
  'googleConsentMode',
  'respectGpc',
  'recordEndpoint',
  'reloadOnRevoke',
  'reopenButton',
  'layout',
  'position',
  'theme',
  'tcf',
];
export const CATEGORY_KEYS = ['required', 'title', 'description', 'cookies', 'services', 'gpc'];
export const SERVICE_KEYS = ['title', 'description', 'cookies'];
export const COOKIE_KEYS = ['name', 'domain', 'path', 'expiresDays', 'sameSite', 'secure'];
const GCM_TYPES = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
];

/** Text pages put in configs, including the kind that breaks HTML templates. */
export const HOSTILE_TEXT = [
  '<img src=x onerror="window.pwned=1">',
  '<script>window.pwned=1</script>',
  '</p><b>bold</b>',
  '{{constructor.constructor("window.pwned=1")()}}',
  '${window.pwned=1}',
  "$& $1 $` $' {name} {category}",
  '"><svg onload=window.pwned=1>',
  '\u202Eevil\u202C',
  '&lt;b&gt; &amp;',
  '\0',
];

export const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  fc.string({ maxLength: 20 }),
);

/** A valid category or service name. */
export const nameArb = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[a-z0-9_-]{1,12}$/) },
  { weight: 2, arbitrary: fc.constantFrom('necessary', 'functional', 'analytics', 'marketing') },
  { weight: 1, arbitrary: fc.constantFrom(...PROTO_NAMES) },
);

/** A name that breaks `[a-z0-9_-]+`. */
export const badNameArb = fc.oneof(
  fc.constantFrom(
    'Analytics',
    'a b',
    '',
    'ä',
    'a.b',
    '__PROTO__',
    'constructor ',
    'a\nb',
    '<img>',
    'hasOwnProperty',
    'toString',
    '-x-Y',
  ),
  fc.string({ unit: 'binary', maxLength: 12 }).filter((s) => !/^[a-z0-9_-]+$/.test(s)),
);

/** A key that is not among `known` (random, or names found on Object.prototype). */
export const unknownKeyArb = (known: string[]) =>
  fc
    .oneof(
      fc.constantFrom(...PROTO_KEYS, 'Categories', 'policyURL', 'colour', 'expires', 'maxAge', ''),
      fc.string({ unit: 'binary', maxLength: 12 }),
    )
    .filter((k) => !known.includes(k));

const langArb = fc.constantFrom('en', 'cy', 'de', 'pt-BR', 'zh-Hant', 'EN', '__proto__', 'constructor');
const textArb = fc.oneof(
  hostileString,
  fc.uniqueArray(fc.tuple(langArb, hostileString), { selector: (e) => e[0], maxLength: 3 }).map((e) => own(e)),
);
const cookiePatternArb = fc.oneof(
  { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom<string | RegExp>('_ga', '_ga_*', '*', '_fbp', /^_gid$/, /^x/i, /./) },
);

function optionalRecord<T extends Record<string, fc.Arbitrary<unknown>>>(model: T) {
  return fc.record(model, { requiredKeys: [] });
}

const serviceArb = optionalRecord({
  title: textArb,
  description: textArb,
  cookies: fc.array(cookiePatternArb, { maxLength: 3 }),
});
const servicesArb = fc
  .tuple(fc.uniqueArray(fc.tuple(nameArb, serviceArb), { selector: (e) => e[0], maxLength: 3 }), fc.boolean())
  .map(([e, nullProto]) => own(e, nullProto));
const categoryArb = optionalRecord({
  required: fc.boolean(),
  title: textArb,
  description: textArb,
  cookies: fc.array(cookiePatternArb, { maxLength: 3 }),
  services: servicesArb,
  gpc: fc.boolean(),
});
export const categoriesArb = fc
  .tuple(
    fc.uniqueArray(fc.tuple(nameArb, categoryArb), { selector: (e) => e[0], minLength: 1, maxLength: 6 }),
    fc.boolean(),
  )
  .map(([e, nullProto]) => own(e, nullProto));

/** http(s) or relative URLs: what policyUrl and recordEndpoint accept. */
export const safeUrlArb = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom(
    '/cookies',
    'cookies.html',
    '../privacy#cookies',
    '?page=cookies',
    '//example.com/cookies',
    'HTTPS://EXAMPLE.COM/x',
    'http://localhost:8000/',
  ),
);

const SCHEMES = ['javascript', 'vbscript', 'data', 'file', 'blob'];
/**
 * URLs a browser would follow to a dangerous scheme: any letter case, tabs and newlines anywhere in
 * the scheme (the URL parser drops them) and leading spaces or control characters (it trims them).
 */
export const unsafeUrlArb = fc
  .tuple(
    fc.constantFrom(...SCHEMES),
    fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
    fc.array(fc.tuple(fc.nat(10), fc.constantFrom('\t', '\n', '\r')), { maxLength: 3 }),
    fc.constantFrom('', ' ', '  ', '\x01', '\x1f', '\t', '\n ', '\x00'),
    fc.constantFrom(
      'alert(1)',
      'window.pwned=1',
      'text/html,<script>window.pwned=1</script>',
      'text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      '//%0aalert(1)',
      'MsgBox(1)',
      '',
    ),
  )
  .map(([scheme, upper, inserts, lead, payload]) => {
    let s = [...scheme].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('');
    for (const [at, ch] of inserts) {
      const i = at % (s.length + 1);
      s = s.slice(0, i) + ch + s.slice(i);
    }
    return `${lead}${s}:${payload}`;
  });

const cookieArb = optionalRecord({
  name: fc.stringMatching(/^[A-Za-z0-9_.-]{1,20}$/),
  domain: fc.oneof(
    fc.domain(),
    fc.domain().map((d) => '.' + d),
  ),
  path: fc.oneof(fc.constant('/'), fc.stringMatching(/^\/[a-z0-9/_-]{0,20}$/)),
  expiresDays: fc.oneof(
    fc.integer({ min: 1, max: 395 }),
    fc.double({ min: 0, minExcluded: true, max: 395, noNaN: true }),
  ),
  sameSite: fc.constantFrom('Lax', 'lax', 'LAX', 'Strict', 'strict', 'None', 'none'),
  secure: fc.constantFrom(true, false, 'auto'),
});

const gcmArb = fc.oneof(
  fc.boolean(),
  fc
    .tuple(
      fc.subarray(GCM_TYPES),
      fc.array(fc.oneof(nameArb, fc.string({ maxLength: 8 })), { maxLength: 3 }),
      optionalRecord({
        wait_for_update: fc.nat(10_000),
        region: fc.array(fc.constantFrom('GB', 'US-CA', 'de', 'FR', 'es-ct'), { maxLength: 3 }),
        ads_data_redaction: fc.boolean(),
        url_passthrough: fc.boolean(),
      }),
    )
    .map(([types, cats, options]) => own([...types.map((t) => [t, cats] as const), ...Object.entries(options)])),
);

const translationsArb = fc
  .uniqueArray(
    fc.tuple(
      langArb,
      fc
        .uniqueArray(
          fc.tuple(
            fc.oneof(
              fc.constantFrom('acceptAll', 'rejectAll', 'bannerTitle', 'bannerText', 'manage', '__proto__'),
              fc.string({ maxLength: 10 }),
            ),
            hostileString,
          ),
          {
            selector: (e) => e[0],
            maxLength: 4,
          },
        )
        .map((e) => own(e)),
    ),
    { selector: (e) => e[0], maxLength: 3 },
  )
  .map((e) => own(e));

/** A valid config (docs/contract.md §2): every optional key present or not, in any combination. */
export const validConfigArb = fc
  .tuple(
    fc.record(
      {
        revision: fc.nat(1000),
        policyUrl: safeUrlArb,
        categories: categoriesArb,
        cookie: cookieArb,
        language: fc.constantFrom('auto', 'en', 'cy', 'pt-BR', 'zh-Hant-TW', 'EN', 'ast'),
        translations: translationsArb,
        googleConsentMode: gcmArb,
        respectGpc: fc.boolean(),
        recordEndpoint: safeUrlArb,
        reloadOnRevoke: fc.boolean(),
        reopenButton: fc.boolean(),
        layout: fc.constantFrom('bar', 'box'),
        position: fc.constantFrom('bottom', 'top', 'bottom-left', 'bottom-right'),
        theme: fc.constantFrom('light', 'dark', 'auto'),
      },
      { requiredKeys: ['categories'] },
    ),
    // Optional keys written out as `undefined` (a site's `{ policyUrl: maybeUrl }`) take their defaults.
    fc.subarray(
      TOP_KEYS.filter((k) => k != 'categories'),
      { maxLength: 2 },
    ),
    fc.boolean(),
  )
  .map(([config, undefinedKeys, nullProto]) => {
    const o = own(Object.entries(config), nullProto);
    for (const k of undefinedKeys) if (!(k in o)) put(o, k, undefined);
    return o;
  });

/** Values that are of the wrong type (or out of range) for each top-level key. */
const JUNK = [null, 0, -1, 1.5, '', 'true', [], {}, NaN, Infinity];
const junk = (...extra: unknown[]) => fc.constantFrom(...JUNK, ...extra);
// Any string is a relative URL; a URL object is not JSON and not accepted either.
const NOT_A_STRING = fc.constantFrom(
  null,
  true,
  0,
  1.5,
  [],
  {},
  NaN,
  ['/cookies'],
  { href: '/cookies' },
  new URL('https://example.com/'),
);
const BAD_TOP: Record<string, fc.Arbitrary<unknown>> = {
  revision: fc.oneof(
    junk(true, '1', -0.5, 2 ** 53 + 0.5).filter((v) => !(Number.isInteger(v) && (v as number) >= 0)),
    fc.integer({ max: -1 }),
  ),
  policyUrl: fc.oneof(unsafeUrlArb, NOT_A_STRING),
  recordEndpoint: fc.oneof(unsafeUrlArb, NOT_A_STRING),
  categories: fc.constantFrom(null, true, 0, '', [], {}, [{}], Object.create(null)),
  cookie: fc.constantFrom(null, true, 0, 'cc_consent', [], ['cc_consent']),
  language: fc.constantFrom(null, true, 0, '', 'en_GB', 'english', 'e', 'de DE', 'en-', [], {}, ['en']),
  translations: fc.constantFrom(
    null,
    true,
    'en',
    [],
    { en: 'Allow' },
    { en: { acceptAll: 5 } },
    { en: null },
    { en: { acceptAll: { text: 'x' } } },
    { en: [] },
  ),
  googleConsentMode: fc.constantFrom(
    null,
    'true',
    1,
    [],
    { analytics_storage: 'analytics' },
    { bogus_storage: [] },
    { wait_for_update: -1 },
    { wait_for_update: 1.5 },
    { region: 'GB' },
    { region: ['GBR1'] },
    { ads_data_redaction: 'yes' },
    { analytics_storage: [1] },
    JSON.parse('{"__proto__": []}'),
  ),
  respectGpc: junk('yes', 'false'),
  reloadOnRevoke: junk('yes', 'false'),
  reopenButton: junk('yes', 'false'),
  layout: junk(true, 'Bar', 'BOX', 'sidebar', 'modal'),
  position: junk(true, 'middle', 'Bottom', 'left', 'center'),
  theme: junk(true, 'blue', 'Dark', 'system'),
  // The core only checks that tcf is an object; its content is the TCF file's (tests/tcf/config.test.ts).
  tcf: fc.constantFrom(null, true, 0, 'tcf', [], [{ cmpId: 300 }]),
};
const BAD_CATEGORY: Record<string, fc.Arbitrary<unknown>> = {
  required: junk('yes', 'true'),
  title: fc.constantFrom(null, 5, true, [], ['Analytics'], { en: 5 }, { en: null }, { en: { x: 'y' } }),
  description: fc.constantFrom(null, 5, true, [], { en: 5 }, { en: ['x'] }),
  cookies: fc.constantFrom(null, '_ga', [''], [5], [null], {}, [[]], [{}], ['ok', '']),
  services: fc.constantFrom(null, [], 'ga4', 5, true, ['ga4']),
  gpc: junk('yes'),
};
const BAD_SERVICE: Record<string, fc.Arbitrary<unknown>> = {
  title: BAD_CATEGORY.title!,
  description: BAD_CATEGORY.description!,
  cookies: BAD_CATEGORY.cookies!,
};
const BAD_COOKIE: Record<string, fc.Arbitrary<unknown>> = {
  name: fc.constantFrom(null, 5, '', 'a b', 'a;b', 'a=b', 'ä', 'a,b', 'a\nb', '(x)'),
  domain: fc.constantFrom(null, 5, '', 'exa mple.com', 'a;b.com', 'http://x.com', 'x.com/path', 'x.com;secure'),
  path: fc.constantFrom(null, 5, '', 'cookies', '/a;b', '/a b', '/\n'),
  expiresDays: fc.oneof(
    fc.integer({ min: 396, max: 1_000_000 }),
    fc.double({ min: 395, minExcluded: true, max: 1e12, noNaN: true }),
    fc.integer({ min: -1000, max: 0 }),
    fc.constantFrom(null, '30', NaN, Infinity, -Infinity, true, [30]),
  ),
  sameSite: fc.constantFrom(null, 5, '', 'lax ', 'Laxx', 'none;secure', true),
  secure: fc.constantFrom(null, 'yes', 'true', 1, 0, 'AUTO'),
};

export interface Corrupted {
  config: Obj;
  /** The key path the config error must start with. */
  path: string;
  what: string;
}

/** A category of `config` to corrupt, picked by `index`. */
function pickCategory(config: Obj, index: number): [string, Obj] {
  const cats = config.categories as Obj;
  const names = Object.keys(cats);
  const name = names[index % names.length]!;
  return [name, cats[name] as Obj];
}

/** One way to break a valid config, applied to a copy of it. */
export const corruptedConfigArb: fc.Arbitrary<Corrupted> = fc
  .tuple(validConfigArb, fc.nat(100))
  .chain(([valid, index]) => {
    const base = () => clone(valid);
    const keyAndValue = (bad: Record<string, fc.Arbitrary<unknown>>) =>
      fc.constantFrom(...Object.keys(bad)).chain((k) => bad[k]!.map((v) => [k, v] as const));
    return fc.oneof(
      unknownKeyArb(TOP_KEYS).map((key) => {
        const config = base();
        put(config, key, 'x');
        return { config, path: key, what: `unknown top-level key ${JSON.stringify(key)}` };
      }),
      keyAndValue(BAD_TOP).map(([key, value]) => {
        const config = base();
        put(config, key, value);
        return { config, path: key, what: `${key} = ${fc.stringify(value)}` };
      }),
      fc.constant(null).map(() => {
        const config = base();
        delete config.categories;
        return { config, path: 'categories', what: 'no categories' };
      }),
      badNameArb.map((name) => {
        const config = base();
        put(config.categories as Obj, name, {});
        return { config, path: `categories.${name}`, what: `category name ${JSON.stringify(name)}` };
      }),
      keyAndValue(BAD_CATEGORY).map(([key, value]) => {
        const config = base();
        const [name, cat] = pickCategory(config, index);
        put(cat, key, value);
        return {
          config,
          path: `categories.${name}.${key}`,
          what: `categories.${name}.${key} = ${fc.stringify(value)}`,
        };
      }),
      fc.constantFrom(null, 'analytics', 5, true, [], [{}], new RegExp('x')).map((value) => {
        const config = base();
        const [name] = pickCategory(config, index);
        put(config.categories as Obj, name, value);
        return { config, path: `categories.${name}`, what: `category ${name} = ${fc.stringify(value)}` };
      }),
      unknownKeyArb(CATEGORY_KEYS).map((key) => {
        const config = base();
        const [name, cat] = pickCategory(config, index);
        put(cat, key, true);
        return { config, path: `categories.${name}.${key}`, what: `unknown category key ${JSON.stringify(key)}` };
      }),
      badNameArb.map((sName) => {
        const config = base();
        const [name, cat] = pickCategory(config, index);
        const services = (cat.services as Obj | undefined) ?? {};
        put(services, sName, {});
        put(cat, 'services', services);
        return { config, path: `categories.${name}.services.${sName}`, what: `service name ${JSON.stringify(sName)}` };
      }),
      fc
        .tuple(
          nameArb,
          fc.oneof(
            keyAndValue(BAD_SERVICE),
            unknownKeyArb(SERVICE_KEYS).map((k) => [k, 'x'] as const),
          ),
        )
        .map(([sName, [key, value]]) => {
          const config = base();
          const [name, cat] = pickCategory(config, index);
          const services = (cat.services as Obj | undefined) ?? {};
          put(services, sName, own([[key, value]]));
          put(cat, 'services', services);
          return {
            config,
            path: `categories.${name}.services.${sName}.${key}`,
            what: `service ${sName}.${key} = ${fc.stringify(value)}`,
          };
        }),
      fc
        .oneof(
          keyAndValue(BAD_COOKIE),
          unknownKeyArb(COOKIE_KEYS).map((k) => [k, 'x'] as const),
        )
        .map(([key, value]) => {
          const config = base();
          const cookie = (config.cookie as Obj | undefined) ?? {};
          put(cookie, key, value);
          put(config, 'cookie', cookie);
          return { config, path: `cookie.${key}`, what: `cookie.${key} = ${fc.stringify(value)}` };
        }),
    );
  });

// Built once: stringMatching compiles its regex into an arbitrary, which is slow to repeat per record.
const recordIdArb = fc.oneof(fc.uuid(), fc.stringMatching(/^[0-9a-fA-F-]{8,64}$/));

/**
 * A well-formed record for `config` (docs/contract.md §3), made before `now`, asked about everything it
 * grants and some or all of the rest (a choice made before categories were added).
 */
export function validRecordArb(config: ResolvedConfig, now: number): fc.Arbitrary<ConsentRecord> {
  const optional = config.categories.filter((c) => !c.required).map((c) => c.name);
  const required = config.categories.filter((c) => c.required).map((c) => c.name);
  return fc
    .record({
      id: recordIdArb,
      rev: fc.oneof(fc.constant(config.revision), fc.nat(2000)),
      ts: fc.integer({ min: 1, max: now }),
      optional: fc.shuffledSubarray(optional),
      gpc: fc.boolean(),
      picks: fc.array(fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), {
        minLength: config.categories.length,
        maxLength: config.categories.length,
      }),
      order: fc.boolean(),
      askedAll: fc.boolean(),
      askedToo: fc.array(fc.boolean(), { minLength: config.categories.length, maxLength: config.categories.length }),
    })
    .map(({ id, rev, ts, optional: chosen, gpc, picks, order, askedAll, askedToo }) => {
      const categories = order ? [...required, ...chosen] : [...chosen, ...required];
      const asked = config.categories
        .filter((c, i) => askedAll || askedToo[i] || categories.includes(c.name))
        .map((c) => c.name);
      const services = own(
        config.categories.flatMap((c, i) =>
          c.services.length && categories.includes(c.name) && picks[i]![0]
            ? [[c.name, c.services.map((s) => s.name).filter((_, j) => picks[i]![(j % 2) + 1])] as const]
            : [],
        ),
      ) as Record<string, string[]>;
      const record: ConsentRecord = { v: 2, id, rev, ts, asked, categories, services, gpc };
      return record;
    });
}
