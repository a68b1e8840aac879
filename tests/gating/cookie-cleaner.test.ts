import { expect } from '@open-wc/testing';
import { deleteCookies } from '../../src/gating/cookie-cleaner.js';
import { clearCookies } from '../storage/clear-cookies.js';

/** The names `document.cookie` lists now. */
const names = () =>
  document.cookie
    .split(';')
    .map((c) => c.split('=')[0]!.trim())
    .filter(Boolean);

/** A stand-in document that records every cookie write, for hosts a test page cannot be on. */
function recordingDocument(cookie: string, hostname: string, protocol = 'https:') {
  const writes: string[] = [];
  const doc = {
    location: { hostname, protocol },
    get cookie() {
      return cookie;
    },
    set cookie(value: string) {
      writes.push(value);
    },
  } as unknown as Document;
  return { doc, writes };
}

describe('deleteCookies', () => {
  const set = (...cookies: string[]) => cookies.forEach((c) => (document.cookie = c));

  let frames: HTMLIFrameElement[] = [];

  afterEach(async () => {
    for (const f of frames) f.remove();
    frames = [];
    for (const name of names())
      for (const path of ['/tests', '/tests/gating']) document.cookie = `${name}=; Max-Age=0; Path=${path}`;
    // Path=/, until the deletion holds: in WebKit a cookie deleted right after it was set can come
    // back for a moment, and did, in the next test's names().
    await clearCookies();
  });

  it(`runs on a ${location.hostname} page with real cookies`, () => {
    expect(['localhost', '127.0.0.1']).to.include(location.hostname);
  });

  it('deletes a host-only cookie with an exact name and returns its name', () => {
    set('_gid=GA1.1.2; Path=/', 'keep_me=1; Path=/');
    expect(deleteCookies(['_gid'])).to.deep.equal(['_gid']);
    expect(names()).not.to.include('_gid');
    expect(names()).to.include('keep_me');
  });

  it('deletes every cookie a * wildcard matches and keeps the others', () => {
    set('_ga=1; Path=/', '_ga_ABC=2; Path=/', '_gat=3; Path=/', 'cc_consent=x; Path=/', 'x_ga=4; Path=/');
    expect(deleteCookies(['_ga', '_ga_*'])).to.have.members(['_ga', '_ga_ABC']);
    expect(names()).to.have.members(['_gat', 'cc_consent', 'x_ga']);
  });

  it('deletes the cookies a RegExp matches, a global one included', () => {
    set('_fbp=1; Path=/', '_fbc=2; Path=/', 'fb_keep=3; Path=/');
    expect(deleteCookies([/^_fb[pc]$/g])).to.have.members(['_fbp', '_fbc']);
    expect(names()).to.deep.equal(['fb_keep']);
  });

  it('keeps every cookie when nothing matches', () => {
    set('a=1; Path=/', 'b=2; Path=/');
    expect(deleteCookies(['c', /^d/, 'e*'])).to.deep.equal([]);
    expect(names()).to.have.members(['a', 'b']);
  });

  /** A real document under /tests, the only kind that sees cookies with that path (Chrome ignores history.replaceState). */
  async function pageUnderTests(): Promise<Document> {
    const frame = document.createElement('iframe');
    frame.src = '/tests/fixtures/cookie-page.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    frames.push(frame);
    await loaded;
    return frame.contentDocument!;
  }

  it('deletes a cookie set on / from a page on a deeper path', async () => {
    const doc = await pageUnderTests();
    doc.cookie = '_hj=1; Path=/';
    expect(doc.cookie).to.include('_hj=1');
    expect(deleteCookies(['_hj'], doc)).to.deep.equal(['_hj']);
    expect(doc.cookie).not.to.include('_hj');
  });

  it('leaves a cookie on a deeper path when only / is cleared', async () => {
    const doc = await pageUnderTests();
    doc.cookie = '_hj=1; Path=/tests';
    deleteCookies(['_hj'], doc);
    expect(doc.cookie).to.include('_hj=1');
  });

  it('reports a cookie set on two paths once, and deletes the one on /', async () => {
    const doc = await pageUnderTests();
    doc.cookie = '_dup=root; Path=/';
    doc.cookie = '_dup=deep; Path=/tests';
    expect(doc.cookie).to.include('_dup=deep').and.include('_dup=root');
    expect(deleteCookies(['_dup'], doc)).to.deep.equal(['_dup']);
    expect(doc.cookie).to.include('_dup=deep').and.not.include('_dup=root');
  });

  it('deletes a cookie whose name a third party encoded oddly', () => {
    set('%5Fodd%20name=1; Path=/');
    expect(deleteCookies(['%5Fodd*'])).to.deep.equal(['%5Fodd%20name']);
    expect(names()).to.deep.equal([]);
  });

  it('writes a deletion host-only and on every parent domain, not just the last two labels', () => {
    const { doc, writes } = recordingDocument('_ga=1; other=2', 'www.example.co.uk');
    expect(deleteCookies(['_ga*'], doc)).to.deep.equal(['_ga']);
    expect(writes).to.deep.equal([
      '_ga=;Max-Age=0;Path=/;Secure',
      '_ga=;Max-Age=0;Path=/;Domain=www.example.co.uk;Secure',
      '_ga=;Max-Age=0;Path=/;Domain=.www.example.co.uk;Secure',
      '_ga=;Max-Age=0;Path=/;Domain=.example.co.uk;Secure',
      '_ga=;Max-Age=0;Path=/;Domain=.co.uk;Secure',
    ]);
  });

  it('takes the hostname from the document, and writes no Secure on http', () => {
    const { doc, writes } = recordingDocument('_ga=1', 'shop.example.com', 'http:');
    deleteCookies(['_ga'], doc);
    expect(writes).to.deep.equal([
      '_ga=;Max-Age=0;Path=/',
      '_ga=;Max-Age=0;Path=/;Domain=shop.example.com',
      '_ga=;Max-Age=0;Path=/;Domain=.shop.example.com',
      '_ga=;Max-Age=0;Path=/;Domain=.example.com',
    ]);
  });

  it('writes nothing when no cookie matches or there are no cookies', () => {
    const { doc, writes } = recordingDocument('', 'example.com');
    expect(deleteCookies(['*'], doc)).to.deep.equal([]);
    expect(writes).to.deep.equal([]);
  });
});
