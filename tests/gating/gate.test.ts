import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { Gate } from '../../src/gating/gate.js';

declare global {
  interface Window {
    __ccLog?: string[];
  }
}

const log = () => window.__ccLog ?? [];

/** Long enough for a fetched fixture script to have loaded if it was (wrongly) let through. */
const settle = () => aTimeout(150);

/**
 * How long a test waits for gated scripts that are fetched to have run. The fixtures come from the test
 * server that all three browsers share: on the busy 2-core machine one took over waitUntil's default
 * second to arrive (Firefox, load average 11). These tests check order and count, not speed.
 */
const FETCHED = { timeout: 4000 };

describe('Gate', () => {
  let granted: Set<string>;
  let calls: [string, string | undefined][];
  let gate: Gate;
  let containers: HTMLElement[];

  /** `category` grants the whole category; `category:service` grants one service. */
  const isGranted = (category: string, service?: string) => {
    calls.push([category, service]);
    return granted.has(category) || (service != null && granted.has(`${category}:${service}`));
  };

  /** Adds markup the way a site's own HTML would be there (innerHTML: nothing in it runs by itself). */
  const mount = (markup: string) => {
    const div = document.createElement('div');
    div.innerHTML = markup;
    document.body.append(div);
    containers.push(div);
    return div;
  };

  beforeEach(() => {
    window.__ccLog = [];
    granted = new Set();
    calls = [];
    containers = [];
    gate = new Gate({ isGranted });
  });

  afterEach(() => {
    gate.stop();
    for (const c of containers) c.remove();
    delete window.__ccLog;
  });

  it('keeps every gated script, iframe and image inert before consent', async () => {
    const root = mount(`
      <script type="text/plain" data-category="analytics">window.__ccLog.push('inline')</script>
      <script type="text/plain" data-category="analytics" src="/tests/fixtures/gated-a.js"></script>
      <iframe data-category="marketing" data-src="about:blank#yt"></iframe>
      <img data-category="marketing" data-src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">`);
    gate.start();
    await settle();
    expect(log()).to.deep.equal([]);
    expect(root.querySelector('iframe')!.hasAttribute('src')).to.equal(false);
    expect(root.querySelector('img')!.hasAttribute('src')).to.equal(false);
    expect(root.querySelectorAll('script[type="text/plain"]')).to.have.length(2);
  });

  it('runs granted scripts in document order, a src script finishing before the next one starts', async () => {
    mount(`
      <script type="text/plain" data-category="analytics" src="/tests/fixtures/gated-a.js"></script>
      <script type="text/plain" data-category="analytics">window.__ccLog.push('after-a')</script>
      <script type="text/plain" data-category="analytics" src="/tests/fixtures/gated-b.js"></script>
      <script type="text/plain" data-category="analytics">window.__ccLog.push('after-b')</script>`);
    granted.add('analytics');
    gate.start();
    await waitUntil(() => log().length == 4, 'all four scripts ran', FETCHED);
    expect(log()).to.deep.equal(['a', 'after-a', 'b', 'after-b']);
  });

  it('runs only the categories granted, and the rest once a later refresh() grants them', async () => {
    mount(`
      <script type="text/plain" data-category="analytics">window.__ccLog.push('analytics')</script>
      <script type="text/plain" data-category="marketing">window.__ccLog.push('marketing')</script>`);
    granted.add('analytics');
    gate.start();
    await settle();
    expect(log()).to.deep.equal(['analytics']);
    granted.add('marketing');
    gate.refresh();
    expect(log()).to.deep.equal(['analytics', 'marketing']);
  });

  it('runs each script once, however often refresh() is called', async () => {
    mount(`
      <script type="text/plain" data-category="analytics" src="/tests/fixtures/gated-a.js"></script>
      <script type="text/plain" data-category="analytics">window.__ccLog.push('inline')</script>`);
    granted.add('analytics');
    gate.start();
    gate.refresh();
    gate.refresh();
    await waitUntil(() => log().length == 2, 'the scripts ran', FETCHED);
    gate.refresh();
    gate.refresh();
    await settle();
    expect(log()).to.deep.equal(['a', 'inline']);
  });

  it('replaces each gated script in place by a live one with the same attributes but its type', () => {
    const root = mount(
      `<p id="before"></p><script type="text/plain" data-category="analytics" data-service="ga4" id="s1" class="tag" data-extra="x">window.__ccLog.push('inline')</script><p id="after"></p>`,
    );
    granted.add('analytics');
    gate.start();
    const live = root.querySelector('script')!;
    expect(root.querySelectorAll('script')).to.have.length(1);
    expect(live.previousElementSibling!.id).to.equal('before');
    expect(live.nextElementSibling!.id).to.equal('after');
    expect(live.hasAttribute('type')).to.equal(false);
    expect(live.id).to.equal('s1');
    expect(live.className).to.equal('tag');
    expect(live.dataset).to.include({ category: 'analytics', service: 'ga4', extra: 'x' });
    expect(live.hasAttribute('data-cc-activated')).to.equal(true);
    expect(live.text).to.equal("window.__ccLog.push('inline')");
  });

  it('carries the nonce over', () => {
    const root = mount(
      `<script type="text/plain" data-category="analytics" nonce="n0nc3">window.__ccLog.push('nonce')</script>`,
    );
    granted.add('analytics');
    gate.start();
    expect(root.querySelector('script')!.nonce).to.equal('n0nc3');
    expect(log()).to.deep.equal(['nonce']);
  });

  it('gives data-type as the new type, so data-type="module" runs a module, a src module before the next script', async () => {
    const root = mount(`
      <script type="text/plain" data-category="analytics" data-type="module" src="/tests/fixtures/gated-module.js"></script>
      <script type="text/plain" data-category="analytics" data-type="module">window.__ccLog.push('inline-module:' + typeof import.meta)</script>
      <script type="text/plain" data-category="analytics">window.__ccLog.push('classic')</script>`);
    granted.add('analytics');
    gate.start();
    await waitUntil(() => log().length == 3, 'all three scripts ran', FETCHED);
    // An inline module runs deferred, as it would in parsed HTML, so only its presence is certain.
    expect(log()[0]).to.equal('module:string');
    expect(log()).to.have.members(['module:string', 'inline-module:object', 'classic']);
    expect([...root.querySelectorAll('script')].map((s) => s.type)).to.deep.equal(['module', 'module', '']);
  });

  it('asks for the service named by data-service and stays inert without it', () => {
    const root = mount(`
      <script type="text/plain" data-category="analytics" data-service="ga4">window.__ccLog.push('ga4')</script>
      <script type="text/plain" data-category="analytics" data-service="matomo">window.__ccLog.push('matomo')</script>
      <iframe data-category="marketing" data-service="youtube" data-src="about:blank#yt"></iframe>
      <iframe data-category="marketing" data-service="vimeo" data-src="about:blank#vimeo"></iframe>`);
    granted.add('analytics:matomo').add('marketing:youtube');
    gate.start();
    expect(log()).to.deep.equal(['matomo']);
    const [youtube, vimeo] = root.querySelectorAll('iframe');
    expect(youtube!.getAttribute('src')).to.equal('about:blank#yt');
    expect(vimeo!.hasAttribute('src')).to.equal(false);
    expect(calls).to.deep.include.members([
      ['analytics', 'ga4'],
      ['analytics', 'matomo'],
      ['marketing', 'youtube'],
      ['marketing', 'vimeo'],
    ]);
  });

  it('asks for the category alone when no service is named', () => {
    mount(`<script type="text/plain" data-category="analytics">window.__ccLog.push('x')</script>`);
    gate.start();
    expect(calls).to.deep.equal([['analytics', undefined]]);
  });

  it('gives iframes their src and images their src and srcset only on grant', () => {
    const gif = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    const root = mount(`
      <iframe data-category="marketing" data-src="about:blank#embed"></iframe>
      <img data-category="marketing" data-src="${gif}" data-srcset="${gif} 2x" alt="">
      <img data-category="marketing" data-src="${gif}" alt="">`);
    gate.start();
    const iframe = root.querySelector('iframe')!;
    const [img, plain] = root.querySelectorAll('img');
    expect(iframe.hasAttribute('src')).to.equal(false);
    expect(img!.hasAttribute('src')).to.equal(false);
    expect(img!.hasAttribute('srcset')).to.equal(false);
    granted.add('marketing');
    gate.refresh();
    expect(iframe.getAttribute('src')).to.equal('about:blank#embed');
    expect(img!.getAttribute('src')).to.equal(gif);
    expect(img!.getAttribute('srcset')).to.equal(`${gif} 2x`);
    expect(plain!.hasAttribute('srcset')).to.equal(false);
    expect(iframe.hasAttribute('data-cc-activated')).to.equal(true);
  });

  it('leaves scripts that are not type="text/plain" alone: they already ran', async () => {
    const root = mount(`
      <script data-category="analytics">window.__ccLog.push('normal')</script>
      <script type="module" data-category="analytics">window.__ccLog.push('module')</script>`);
    granted.add('analytics');
    gate.start();
    await settle();
    expect(log()).to.deep.equal([]);
    expect(root.querySelectorAll('script[data-cc-activated]')).to.have.length(0);
  });

  it('reads type="text/plain" in any letter case', async () => {
    mount(`<script type="Text/PLAIN" data-category="analytics">window.__ccLog.push('mixed case')</script>`);
    granted.add('analytics');
    gate.start();
    await settle();
    expect(log()).to.deep.equal(['mixed case']);
  });

  it('activates granted elements added later, like a single-page app does', async () => {
    granted.add('analytics').add('marketing');
    gate.start();
    const root = mount(`
      <script type="text/plain" data-category="analytics" src="/tests/fixtures/gated-a.js"></script>
      <script type="text/plain" data-category="analytics">window.__ccLog.push('late')</script>
      <iframe data-category="marketing" data-src="about:blank#late"></iframe>`);
    await waitUntil(() => log().length == 2, 'the late scripts ran', FETCHED);
    expect(log()).to.deep.equal(['a', 'late']);
    expect(root.querySelector('iframe')!.getAttribute('src')).to.equal('about:blank#late');
  });

  it('activates a gated element that is itself the node added later', async () => {
    granted.add('analytics');
    gate.start();
    const root = mount('');
    const s = document.createElement('script');
    s.type = 'text/plain';
    s.dataset.category = 'analytics';
    s.text = "window.__ccLog.push('direct')";
    root.append(s);
    await waitUntil(() => log().length == 1, 'the added script ran');
    expect(log()).to.deep.equal(['direct']);
  });

  it('keeps elements added later inert until a later refresh() grants them', async () => {
    gate.start();
    const root = mount(`
      <script type="text/plain" data-category="analytics">window.__ccLog.push('late')</script>
      <iframe data-category="marketing" data-src="about:blank#late"></iframe>`);
    await settle();
    expect(log()).to.deep.equal([]);
    expect(root.querySelector('iframe')!.hasAttribute('src')).to.equal(false);
    granted.add('analytics').add('marketing');
    gate.refresh();
    expect(log()).to.deep.equal(['late']);
    expect(root.querySelector('iframe')!.getAttribute('src')).to.equal('about:blank#late');
  });

  it('stops watching after stop(), but a refresh() still activates', async () => {
    granted.add('analytics');
    gate.start();
    gate.stop();
    mount(`<script type="text/plain" data-category="analytics">window.__ccLog.push('after-stop')</script>`);
    await settle();
    expect(log()).to.deep.equal([]);
    gate.refresh();
    expect(log()).to.deep.equal(['after-stop']);
  });

  it('moves on when a src script fails to load', async () => {
    mount(`
      <script type="text/plain" data-category="analytics" src="/tests/fixtures/does-not-exist.js"></script>
      <script type="text/plain" data-category="analytics">window.__ccLog.push('after-404')</script>
      <script type="text/plain" data-category="analytics" src="/tests/fixtures/gated-b.js"></script>`);
    granted.add('analytics');
    gate.start();
    await waitUntil(() => log().length == 2, 'the queue went past the missing script', FETCHED);
    expect(log()).to.deep.equal(['after-404', 'b']);
  });

  it('does not wait for a script type the browser will not run', () => {
    mount(`
      <script type="text/plain" data-category="analytics" data-type="text/x-template" src="/tests/fixtures/gated-a.js"></script>
      <script type="text/plain" data-category="analytics">window.__ccLog.push('next')</script>`);
    granted.add('analytics');
    gate.start();
    expect(log()).to.deep.equal(['next']);
  });

  it('skips a queued script the page removed before its turn', async () => {
    const root = mount(`
      <script type="text/plain" data-category="analytics" src="/tests/fixtures/gated-a.js"></script>
      <script type="text/plain" data-category="analytics" id="gone">window.__ccLog.push('gone')</script>
      <script type="text/plain" data-category="analytics">window.__ccLog.push('kept')</script>`);
    granted.add('analytics');
    gate.start();
    root.querySelector('#gone')!.remove();
    await waitUntil(() => log().length == 2, 'the scripts ran', FETCHED);
    await settle();
    expect(log()).to.deep.equal(['a', 'kept']);
  });

  it('keeps the page’s own onload attribute working on a src script', async () => {
    mount(
      `<script type="text/plain" data-category="analytics" src="/tests/fixtures/gated-a.js" onload="window.__ccLog.push('onload')"></script>`,
    );
    granted.add('analytics');
    gate.start();
    await waitUntil(() => log().length == 2, 'the scripts ran', FETCHED);
    expect(log()).to.deep.equal(['a', 'onload']);
  });

  it('never throws into the page, and reports with a [cookie-consent] prefix', () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      mount(`
        <script type="text/plain" data-category="broken">window.__ccLog.push('broken')</script>
        <script type="text/plain" data-category="analytics">window.__ccLog.push('fine')</script>`);
      granted.add('analytics');
      const throwing = new Gate({
        isGranted: (category) => {
          if (category == 'broken') throw new Error('boom');
          return granted.has(category);
        },
      });
      expect(() => throwing.start()).not.to.throw();
      throwing.stop();
    } finally {
      console.error = original;
    }
    expect(log()).to.deep.equal(['fine']);
    expect(errors).to.have.length(1);
    expect(errors[0]![0]).to.equal('[cookie-consent]');
  });

  it('waits for the parser to finish before activating a document still loading', () => {
    const doc = document.implementation.createHTMLDocument('loading');
    let state: DocumentReadyState = 'loading';
    Object.defineProperty(doc, 'readyState', { get: () => state });
    doc.body.innerHTML = `<iframe data-category="marketing" data-src="about:blank#parsed"></iframe>`;
    const parsing = new Gate({ document: doc, isGranted: () => true });
    parsing.start();
    expect(doc.querySelector('iframe')!.hasAttribute('src')).to.equal(false);
    state = 'interactive';
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    expect(doc.querySelector('iframe')!.getAttribute('src')).to.equal('about:blank#parsed');
    parsing.stop();
  });
});
