import { expect } from '@open-wc/testing';
import { cookieStorage } from '../../src/storage/cookie-storage.js';
import { memoryStorage } from '../../src/storage/memory-storage.js';
import { validateConfig } from '../../src/core/config.js';
import { serializeRecord } from '../../src/core/record.js';
import type { ConsentRecord, ResolvedConfig } from '../../src/core/types.js';
import { clearCookies } from './clear-cookies.js';

type CookieOptions = ResolvedConfig['cookie'];

/** The cookie options a config resolves to, with some keys set. */
function options(cookie: Record<string, unknown> = {}): CookieOptions {
  const { config, errors } = validateConfig({ categories: { necessary: { required: true }, analytics: {} }, cookie });
  expect(errors).to.deep.equal([]);
  return config!.cookie;
}

// Other test files share this origin's cookie jar: every real cookie here gets a name of its own.
let seq = 0;
const uniqueName = () => `cc_test_${Date.now().toString(36)}_${++seq}`;

/** The raw (still encoded) value of `name` in document.cookie, or undefined. */
function rawCookie(name: string): string | undefined {
  for (const pair of document.cookie.split('; ')) {
    const at = pair.indexOf('=');
    if (pair.slice(0, at) === name) return pair.slice(at + 1);
  }
  return undefined;
}

/**
 * Whether this browser keeps a cookie set straight through document.cookie with `attrs` (the probe
 * is removed again). Engines differ on some cookies, and write() must report what the browser did:
 * Chromium and Firefox refuse a cookie over 4 KB and SameSite=None without Secure on http, and keep
 * a Secure cookie on http://localhost (a secure context); WebKitGTK does the opposite of all three.
 */
function browserKeeps(attrs: string, value = '1'): boolean {
  const probe = uniqueName();
  document.cookie = `${probe}=${value}; Path=/; ${attrs}`;
  const kept = rawCookie(probe) !== undefined;
  document.cookie = `${probe}=; Max-Age=0; Path=/; ${attrs}`;
  return kept;
}

/**
 * Runs `fn` with document.cookie replaced by a recorder on the document instance: every string
 * written is captured (and dropped), reads return `jar`. The override is removed afterwards.
 */
function recordingCookies(fn: () => void, jar = ''): string[] {
  const writes: string[] = [];
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => jar,
    set: (value: string) => void writes.push(value),
  });
  try {
    fn();
  } finally {
    delete (document as { cookie?: string }).cookie;
  }
  return writes;
}

/** The attributes of a Set-Cookie-like string, lower-cased names → values (true for flags). */
function attributes(written: string): Record<string, string | true> {
  const [, ...attrs] = written.split(';').map((s) => s.trim());
  return Object.fromEntries(
    attrs.map((a): [string, string | true] => {
      const at = a.indexOf('=');
      return at < 0 ? [a.toLowerCase(), true] : [a.slice(0, at).toLowerCase(), a.slice(at + 1)];
    }),
  );
}

const record: ConsentRecord = {
  v: 2,
  id: '3f0c2b1a-9d4e-4c6f-8a7b-0123456789ab',
  rev: 0,
  ts: 1764130000000,
  asked: ['necessary', 'analytics'],
  categories: ['necessary', 'analytics'],
  services: { analytics: ['ga4'] },
  gpc: false,
};
const json = serializeRecord(record);

describe('cookieStorage', () => {
  /** A storage on a cookie name of its own, removed after the test. */
  const storageNamed = (cookie: Record<string, unknown> = {}, protocol?: string) => {
    const name = uniqueName();
    return { name, storage: cookieStorage(options({ ...cookie, name }), protocol) };
  };

  afterEach(async () => {
    // Every cookie of this file has a uniqueName(), and none may stay behind (the probes of
    // browserKeeps() included).
    await clearCookies((name) => name.startsWith('cc_test_'));
    expect(document.cookie).not.to.include('cc_test_');
  });

  it(`runs on an http://${location.hostname} page with real cookies`, () => {
    expect(location.protocol).to.equal('http:');
    expect(['localhost', '127.0.0.1']).to.include(location.hostname);
  });

  describe('on the real document.cookie', () => {
    it('reads nothing before anything is written', () => {
      expect(storageNamed().storage.read()).to.equal(undefined);
    });

    it('writes a JSON record and reads the same string back', () => {
      const { storage } = storageNamed();
      expect(storage.write(json)).to.equal(true);
      expect(storage.read()).to.equal(json);
      expect(JSON.parse(storage.read()!)).to.deep.equal(record);
    });

    it('stores URI-encoded JSON that JSON.parse(decodeURIComponent(raw)) reads', () => {
      const { name, storage } = storageNamed();
      storage.write(json);
      const raw = rawCookie(name);
      expect(raw).to.be.a('string');
      expect(raw).not.to.include('"');
      expect(raw).not.to.include(',');
      expect(raw).not.to.include(' ');
      expect(JSON.parse(decodeURIComponent(raw!))).to.deep.equal(record);
    });

    it('round-trips values with characters a cookie cannot hold raw (; , " space %, non-ASCII)', () => {
      const { storage } = storageNamed();
      const tricky = JSON.stringify({ a: 'x; y, "z" 100% — Café ✓' });
      expect(storage.write(tricky)).to.equal(true);
      expect(storage.read()).to.equal(tricky);
    });

    it('reads a value a server wrote fully URI-encoded', () => {
      const { name, storage } = storageNamed();
      document.cookie = `${name}=${encodeURIComponent(json)}; Path=/`;
      expect(storage.read()).to.equal(json);
    });

    it('overwrites the earlier value on a second write', () => {
      const { storage } = storageNamed();
      storage.write(json);
      const refusal = serializeRecord({ ...record, categories: ['necessary'], services: {} });
      expect(storage.write(refusal)).to.equal(true);
      expect(storage.read()).to.equal(refusal);
    });

    it('uses the configured cookie name and leaves other cookies alone', () => {
      const { name, storage } = storageNamed();
      const other = uniqueName();
      document.cookie = `${other}=keep; Path=/`;
      storage.write(json);
      expect(rawCookie(name)).to.be.a('string');
      expect(rawCookie(other)).to.equal('keep');
      expect(cookieStorage(options({ name: other })).read()).to.equal('keep');
    });

    it('clear() really removes the cookie', () => {
      const { name, storage } = storageNamed();
      storage.write(json);
      expect(rawCookie(name)).to.be.a('string');
      storage.clear();
      expect(rawCookie(name)).to.equal(undefined);
      expect(storage.read()).to.equal(undefined);
    });

    it('clear() is harmless when there is no cookie', () => {
      const { storage } = storageNamed();
      expect(() => storage.clear()).not.to.throw();
      expect(storage.read()).to.equal(undefined);
    });

    it("secure: 'auto' on http writes a readable cookie", () => {
      const { storage } = storageNamed({ secure: 'auto' });
      expect(storage.write(json)).to.equal(true);
      expect(storage.read()).to.equal(json);
    });

    it('write() returns false when the browser refuses the cookie (value over 4 KB; Chromium and Firefox do)', () => {
      const { name, storage } = storageNamed();
      const big = JSON.stringify({ big: 'x'.repeat(5000) });
      // WebKitGTK keeps a 5 KB cookie: there write() must say it did.
      const kept = browserKeeps('', encodeURIComponent(big));
      expect(storage.write(big)).to.equal(kept);
      expect(rawCookie(name) !== undefined).to.equal(kept);
    });

    it('write() returns false when the cookie is set on a path this page is not under', () => {
      const { storage } = storageNamed({ path: '/somewhere-else' });
      expect(storage.write(json)).to.equal(false);
    });

    it('secure: true on http: write() reports whether the browser kept it (Chromium and Firefox keep it on localhost, a secure context)', () => {
      const { name, storage } = storageNamed({ secure: true });
      const ok = storage.write(json);
      // Chromium and Firefox refuse a Secure cookie from an http origin, except on localhost, which is
      // a secure context; WebKitGTK refuses it on localhost too.
      expect(ok).to.equal(browserKeeps('Secure'));
      expect(rawCookie(name) !== undefined).to.equal(ok);
      if (ok) document.cookie = `${name}=; Max-Age=0; Path=/; Secure`;
    });

    it('write() returns false when the browser refuses SameSite=None without Secure on http (Chromium and Firefox do)', () => {
      const { name, storage } = storageNamed({ sameSite: 'None', secure: 'auto' });
      // WebKitGTK keeps it: there write() must say it did.
      const kept = browserKeeps('SameSite=None');
      expect(storage.write(json)).to.equal(kept);
      expect(rawCookie(name) !== undefined).to.equal(kept);
    });
  });

  describe('attributes written (recorded through a document.cookie setter)', () => {
    it('writes Path=/, SameSite=Lax and Max-Age=15724800 (182 days) by default, and no Domain', () => {
      const writes = recordingCookies(() => cookieStorage(options()).write(json));
      expect(writes).to.have.length(1);
      const attrs = attributes(writes[0]!);
      expect(attrs.path).to.equal('/');
      expect(attrs.samesite).to.equal('Lax');
      expect(attrs['max-age']).to.equal('15724800');
      expect(attrs).not.to.have.property('domain');
      expect(writes[0]!).to.match(/^cc_consent=/);
    });

    it('writes the URI-encoded JSON as the value', () => {
      const [written] = recordingCookies(() => cookieStorage(options()).write(json));
      const value = written!.split(';')[0]!.slice('cc_consent='.length);
      expect(JSON.parse(decodeURIComponent(value))).to.deep.equal(record);
    });

    it("writes no Secure flag with secure 'auto' on http", () => {
      const [written] = recordingCookies(() => cookieStorage(options({ secure: 'auto' }), 'http:').write(json));
      expect(attributes(written!)).not.to.have.property('secure');
    });

    it("writes the Secure flag with secure 'auto' on https", () => {
      const [written] = recordingCookies(() => cookieStorage(options({ secure: 'auto' }), 'https:').write(json));
      expect(attributes(written!).secure).to.equal(true);
    });

    it('writes the Secure flag with secure true, and none with secure false, whatever the protocol', () => {
      const [on] = recordingCookies(() => cookieStorage(options({ secure: true }), 'http:').write(json));
      const [off] = recordingCookies(() => cookieStorage(options({ secure: false }), 'https:').write(json));
      expect(attributes(on!).secure).to.equal(true);
      expect(attributes(off!)).not.to.have.property('secure');
    });

    it('writes Domain only when configured', () => {
      const [written] = recordingCookies(() => cookieStorage(options({ domain: '.example.co.uk' })).write(json));
      expect(attributes(written!).domain).to.equal('.example.co.uk');
    });

    it('writes the configured name, path, SameSite and Max-Age (expiresDays)', () => {
      const [written] = recordingCookies(() =>
        cookieStorage(options({ name: 'site_consent', path: '/news', sameSite: 'strict', expiresDays: 30 })).write(
          json,
        ),
      );
      expect(written!).to.match(/^site_consent=/);
      const attrs = attributes(written!);
      expect(attrs.path).to.equal('/news');
      expect(attrs.samesite).to.equal('Strict');
      expect(attrs['max-age']).to.equal(String(30 * 86400));
    });

    it('writes SameSite=None with Secure when so configured', () => {
      const [written] = recordingCookies(() => cookieStorage(options({ sameSite: 'none', secure: true })).write(json));
      const attrs = attributes(written!);
      expect(attrs.samesite).to.equal('None');
      expect(attrs.secure).to.equal(true);
    });

    it('write() returns false when the browser drops the cookie (cookies blocked)', () => {
      let result: boolean | undefined;
      const writes = recordingCookies(() => (result = cookieStorage(options()).write(json)));
      expect(writes).to.have.length(1);
      expect(result).to.equal(false);
    });

    it('clear() expires the cookie with Max-Age=0 and an Expires in the past, on the same path and domain', () => {
      const [written] = recordingCookies(() =>
        cookieStorage(options({ domain: 'example.com', path: '/news' })).clear(),
      );
      expect(written!).to.match(/^cc_consent=;/);
      const attrs = attributes(written!);
      expect(attrs['max-age']).to.equal('0');
      expect(Date.parse(String(attrs.expires))).to.be.below(Date.now());
      expect(attrs.path).to.equal('/news');
      expect(attrs.domain).to.equal('example.com');
    });

    it('read() decodes the value from document.cookie among other cookies', () => {
      let value: string | undefined;
      recordingCookies(
        () => (value = cookieStorage(options()).read()),
        `a=1; cc_consent=${encodeURIComponent(json)}; b=2`,
      );
      expect(value).to.equal(json);
    });

    it('leaves document.cookie working after the recorder is removed', () => {
      recordingCookies(() => {});
      const name = uniqueName();
      document.cookie = `${name}=1; Path=/`;
      expect(rawCookie(name)).to.equal('1');
    });
  });
});

describe('memoryStorage', () => {
  it('starts empty, or with the given value', () => {
    expect(memoryStorage().read()).to.equal(undefined);
    expect(memoryStorage('x').read()).to.equal('x');
  });

  it('writes, reads back and reports success', () => {
    const storage = memoryStorage();
    expect(storage.write(json)).to.equal(true);
    expect(storage.read()).to.equal(json);
    expect(storage.value).to.equal(json);
  });

  it('clear() forgets the value', () => {
    const storage = memoryStorage(json);
    storage.clear();
    expect(storage.read()).to.equal(undefined);
  });

  it('keeps separate values in separate stores', () => {
    const a = memoryStorage();
    const b = memoryStorage();
    a.write('a');
    expect(b.read()).to.equal(undefined);
  });

  it('leaves document.cookie alone', () => {
    const before = document.cookie;
    memoryStorage().write(json);
    expect(document.cookie).to.equal(before);
  });
});
