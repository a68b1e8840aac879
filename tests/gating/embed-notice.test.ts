import { aTimeout, expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { Gate, type GateOptions } from '../../src/gating/gate.js';
import { block, noticeBoard, type Notice } from '../../src/gating/embed-notice.js';

const FRAME = '/tests/fixtures/embed-frame.html';

/** After a rendered frame, in a task of its own (where the Gate reads layout). */
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
/** Notices go in after one rendered frame and take their fluid sizes after the next. */
const drawn = async () => {
  await frame();
  await frame();
};

describe('Gate: notices for blocked iframes', () => {
  let granted: Set<string>;
  let grants: [string, string | undefined][];
  let texts: [string, string | undefined][];
  let gate: Gate;
  /** The Gate's notices (none when a test starts it without). */
  let board: ReturnType<typeof noticeBoard> | undefined;
  let styles: HTMLStyleElement[];

  const isGranted = (category: string, service?: string) =>
    granted.has(category) || (service != null && granted.has(`${category}:${service}`));

  const notice: Notice = {
    text(category, service) {
      texts.push([category, service]);
      const name = service ? `Service ${service}` : `Category ${category}`;
      return {
        label: `${name} (blocked)`,
        message: `${name} is blocked because you have not allowed ${category} cookies.`,
        button: `Allow ${name}`,
      };
    },
    grant(category, service) {
      grants.push([category, service]);
    },
    block,
  };

  /** Options of a Gate, with the notices its board draws (none without `notice`; the default has it). */
  type Options = Partial<GateOptions> & { notice?: Notice };

  /** Starts a Gate; its notices come after a rendered frame (see drawn()). */
  const begin = ({ notice: given, ...options }: Options = { notice }) => {
    board = given && noticeBoard(given);
    gate = new Gate({ isGranted, frames: board, ...options });
    gate.start();
    return gate;
  };
  /** Starts a Gate and waits until its notices are drawn. */
  const start = async (options: Options = { notice }) => {
    begin(options);
    await drawn();
    return gate;
  };

  const noticeOf = (iframe: Element) => {
    const n = iframe.previousElementSibling;
    return n?.localName == 'cc-embed-notice' ? (n as HTMLElement) : null;
  };
  const notices = (root: ParentNode = document) => [...root.querySelectorAll<HTMLElement>('cc-embed-notice')];
  const button = (n: HTMLElement) => n.shadowRoot!.querySelector('button')!;
  const message = (n: HTMLElement) => n.shadowRoot!.querySelector('p')!;
  const hostileCss = (css: string) => {
    const s = document.createElement('style');
    s.textContent = css;
    document.head.append(s);
    styles.push(s);
  };
  const box = (el: Element) => {
    const { width, height } = el.getBoundingClientRect();
    return { width: Math.round(width), height: Math.round(height) };
  };

  beforeEach(() => {
    granted = new Set();
    grants = [];
    texts = [];
    styles = [];
  });

  afterEach(() => {
    gate?.stop();
    for (const s of styles) s.remove();
  });

  it('stands a notice with the given texts in place of a blocked iframe, same fixed size; the iframe hidden, without src', async () => {
    const root = await fixture<HTMLElement>(`<div>
      <iframe data-category="marketing" data-service="video" data-src="${FRAME}" width="480" height="270" title="Clip"></iframe>
    </div>`);
    const iframe = root.querySelector('iframe')!;
    const before = box(iframe);
    begin();
    // Until a frame is rendered: no notice yet, the iframe inert in its own box.
    expect(notices(root)).to.deep.equal([]);
    expect(box(iframe)).to.deep.equal(before);
    expect(iframe.hasAttribute('src')).to.equal(false);
    await drawn();
    const n = noticeOf(iframe)!;
    expect(n, 'notice right before the iframe').not.to.equal(null);
    expect(texts).to.deep.equal([['marketing', 'video']]);
    expect(n.getAttribute('role')).to.equal('region');
    expect(n.getAttribute('aria-label')).to.equal('Service video (blocked)');
    expect(message(n).textContent).to.equal('Service video is blocked because you have not allowed marketing cookies.');
    expect(button(n).textContent).to.equal('Allow Service video');
    expect(box(n)).to.deep.equal(before);
    expect(before).to.deep.equal({ width: 484, height: 274 }); // 480×270 + the UA's 2px border
    expect(getComputedStyle(iframe).display).to.equal('none');
    expect(iframe.hasAttribute('src')).to.equal(false);
  });

  it('keeps a responsive iframe responsive (width: 100%, aspect-ratio)', async () => {
    const root = await fixture<HTMLElement>(`<div style="width: 640px; padding: 0 10px">
      <iframe style="display: block; width: 100%; aspect-ratio: 16 / 9; border: 0" data-category="marketing" data-src="${FRAME}"></iframe>
    </div>`);
    const iframe = root.querySelector('iframe')!;
    await start();
    const n = noticeOf(iframe)!;
    expect(box(n)).to.deep.equal({ width: 640, height: 360 });
    root.style.width = '320px';
    expect(box(n)).to.deep.equal({ width: 320, height: 180 });
  });

  it('takes a fluid width from a parent it fills and a fixed height when there is no aspect ratio', async () => {
    const root = await fixture<HTMLElement>(`<div style="width: 500px">
      <iframe style="display: block; width: 100%; height: 200px; border: 0" data-category="marketing" data-src="${FRAME}"></iframe>
    </div>`);
    await start();
    const n = noticeOf(root.querySelector('iframe')!)!;
    expect(box(n)).to.deep.equal({ width: 500, height: 200 });
    root.style.width = '300px';
    expect(box(n).width).to.equal(300);
  });

  it('sizes the notice of an iframe that is not laid out yet (closed tab) from its attributes', async () => {
    const root = await fixture<HTMLElement>(`<div hidden>
      <iframe data-category="marketing" data-src="${FRAME}" width="400" height="200" style="border: 0"></iframe>
      <iframe data-category="marketing" data-src="${FRAME}" style="border: 0"></iframe>
    </div>`);
    await start();
    const [a, b] = [...root.querySelectorAll('iframe')].map((f) => noticeOf(f)!);
    root.hidden = false;
    expect(box(a!)).to.deep.equal({ width: 400, height: 200 });
    expect(box(b!)).to.deep.equal({ width: 300, height: 150 });
  });

  it('grants exactly (category, service) on click; once granted the notice goes, the iframe shows with src and gets focus', async () => {
    const root = await fixture<HTMLElement>(`<div>
      <iframe data-category="marketing" data-service="video" data-src="${FRAME}" width="300" height="200" style="border: 0; display: block"></iframe>
    </div>`);
    const iframe = root.querySelector('iframe')!;
    const style = iframe.style.cssText;
    await start();
    button(noticeOf(iframe)!).click();
    expect(grants).to.deep.equal([['marketing', 'video']]);
    // Granting is the element's business: until isGranted says so, nothing changes.
    expect(noticeOf(iframe)).not.to.equal(null);
    granted.add('marketing:video');
    gate.refresh();
    expect(notices(root)).to.deep.equal([]);
    expect(iframe.getAttribute('src')).to.equal(FRAME);
    // Compared as CSSOM text: the notice restores through CSSOM, which a strict CSP allows.
    expect(iframe.style.cssText, 'inline style restored exactly').to.equal(style);
    expect(getComputedStyle(iframe).display).to.equal('block');
    expect(document.activeElement == iframe, 'iframe focused').to.equal(true);
    await waitUntil(() => iframe.contentDocument?.body?.textContent?.includes('Embedded content'), 'the iframe loaded');
  });

  it('grants the category when the iframe names no service', async () => {
    const root = await fixture<HTMLElement>(
      `<div><iframe data-category="functional" data-src="${FRAME}"></iframe></div>`,
    );
    await start();
    button(noticeOf(root.querySelector('iframe')!)!).click();
    expect(texts).to.deep.equal([['functional', undefined]]);
    expect(grants).to.deep.equal([['functional', undefined]]);
  });

  it('is reached by Tab where the iframe is; Enter grants, and the Gate loads it at once when the grant holds', async () => {
    const root = await fixture<HTMLElement>(`<div>
      <a href="#before">before</a>
      <iframe data-category="marketing" data-service="video" data-src="${FRAME}"></iframe>
      <a href="#after">after</a>
    </div>`);
    const iframe = root.querySelector('iframe')!;
    // A grant that holds at once, as the element's does: the Gate refreshes after it.
    await start({ notice: { ...notice, grant: (c, s) => (notice.grant(c, s), granted.add(`${c}:${s}`)) } });
    const n = noticeOf(iframe)!;
    root.querySelector('a')!.focus();
    await sendKeys({ press: 'Tab' });
    // Booleans: a failed equal() on elements can stall Firefox's reporter.
    expect(document.activeElement == n && n.shadowRoot!.activeElement == button(n), 'button focused').to.equal(true);
    await sendKeys({ press: 'Enter' });
    expect(grants).to.deep.equal([['marketing', 'video']]);
    expect(notices(root)).to.deep.equal([]);
    expect(iframe.getAttribute('src')).to.equal(FRAME);
    expect(getComputedStyle(iframe).display).not.to.equal('none');
    expect(iframe.hasAttribute('style'), 'no style attribute left behind').to.equal(false);
    expect(document.activeElement == iframe, 'iframe focused').to.equal(true);
  });

  it('goes when consent comes another way (banner, API), leaving focus where it is', async () => {
    const root = await fixture<HTMLElement>(`<div>
      <button id="elsewhere">elsewhere</button>
      <iframe data-category="marketing" data-src="${FRAME}"></iframe>
    </div>`);
    const iframe = root.querySelector('iframe')!;
    await start();
    expect(noticeOf(iframe)).not.to.equal(null);
    root.querySelector<HTMLElement>('#elsewhere')!.focus();
    granted.add('marketing');
    gate.refresh();
    expect(notices(root)).to.deep.equal([]);
    expect(iframe.getAttribute('src')).to.equal(FRAME);
    expect(document.activeElement?.id).to.equal('elsewhere');
  });

  it('never puts a notice on a granted iframe', async () => {
    const root = await fixture<HTMLElement>(
      `<div><iframe data-category="marketing" data-service="video" data-src="${FRAME}"></iframe></div>`,
    );
    granted.add('marketing:video');
    await start();
    expect(notices(root)).to.deep.equal([]);
    expect(root.querySelector('iframe')!.getAttribute('src')).to.equal(FRAME);
  });

  it('puts a notice on an iframe added later', async () => {
    const root = await fixture<HTMLElement>(`<div></div>`);
    await start();
    root.innerHTML = `<p><iframe data-category="marketing" data-src="${FRAME}" width="320" height="180"></iframe></p>`;
    await waitUntil(() => notices(root).length == 1, 'notice for the added iframe');
    expect(box(notices(root)[0]!)).to.deep.equal({ width: 324, height: 184 });
    expect(getComputedStyle(root.querySelector('iframe')!).display).to.equal('none');
  });

  it('puts its notices in all the same when no frame comes (a background tab), two seconds later', async function () {
    this.timeout(6000);
    const root = await fixture<HTMLElement>(
      `<div><iframe data-category="marketing" data-src="${FRAME}" width="320" height="180"></iframe></div>`,
    );
    // A batch an earlier test left waiting for its frame (the second pass that gives a notice its
    // fluid size) runs first: this one would join it and come in on that frame, not two seconds on
    // (as in a WebKit run on a loaded machine, where that frame came after this test had begun).
    await drawn();
    const raf = requestAnimationFrame;
    // The frame the Gate asks for never comes: its ResizeObserver is never asked to observe.
    window.requestAnimationFrame = () => 0;
    try {
      begin();
    } finally {
      window.requestAnimationFrame = raf;
    }
    await aTimeout(500);
    expect(notices(root), 'no notice before the fallback').to.deep.equal([]);
    await waitUntil(() => notices(root).length == 1, 'no notice without a frame', { timeout: 4000 });
    expect(root.querySelector('iframe')!.hasAttribute('src'), 'iframe stays inert').to.equal(false);
  });

  it('takes the notice away with a removed iframe, and follows one that is moved', async () => {
    const root = await fixture<HTMLElement>(
      `<div><section></section><p><iframe data-category="marketing" data-src="${FRAME}"></iframe></p></div>`,
    );
    const iframe = root.querySelector('iframe')!;
    await start();
    root.querySelector('section')!.append(iframe);
    await waitUntil(() => noticeOf(iframe) && notices(root).length == 1, 'one notice, beside the moved iframe');
    expect(notices(root.querySelector('p')!)).to.deep.equal([]);
    iframe.remove();
    await waitUntil(() => notices(root).length == 0, 'notice removed with its iframe');
  });

  it('does not bring the notice back when consent is withdrawn: the loaded iframe stays', async () => {
    const root = await fixture<HTMLElement>(
      `<div><iframe data-category="marketing" data-src="${FRAME}"></iframe></div>`,
    );
    const iframe = root.querySelector('iframe')!;
    await start();
    granted.add('marketing');
    gate.refresh();
    granted.clear();
    gate.refresh();
    await aTimeout(50);
    expect(notices(root)).to.deep.equal([]);
    expect(iframe.getAttribute('src')).to.equal(FRAME);
    expect(getComputedStyle(iframe).display).not.to.equal('none');
  });

  it('shows no notice without the option', async () => {
    const root = await fixture<HTMLElement>(
      `<div><iframe data-category="marketing" data-src="${FRAME}"></iframe></div>`,
    );
    await start({ notice: undefined });
    await aTimeout(50);
    expect(notices(root)).to.deep.equal([]);
    expect(getComputedStyle(root.querySelector('iframe')!).display).not.to.equal('none');
  });

  it('stays readable whatever the page CSS does to *, div, button, p and iframe', async () => {
    hostileCss(`
      * { color: red !important; background: yellow !important; font: 4px/1 fantasy !important; border: 9px dotted red !important;
          text-transform: uppercase !important; letter-spacing: 2em !important; }
      div, p, button { color: #ff0 !important; background: #ff0 !important; padding: 80px !important; }
      p, button { display: none !important; }
      cc-embed-notice { display: none !important; opacity: 0.2 !important; }
      iframe { display: block !important; }`);
    const root = await fixture<HTMLElement>(
      `<section><iframe data-category="marketing" data-src="${FRAME}"></iframe></section>`,
    );
    await start();
    const n = noticeOf(root.querySelector('iframe')!)!;
    const host = getComputedStyle(n),
      p = getComputedStyle(message(n)),
      b = getComputedStyle(button(n));
    expect(host.display, "the iframe's, page CSS on the notice ignored").to.equal('flex');
    expect(host.backgroundColor).to.equal('rgb(242, 242, 242)');
    expect(host.borderTopWidth).to.equal('1px');
    expect(host.opacity).to.equal('1');
    expect(p.color).to.equal('rgb(27, 27, 27)');
    expect(p.fontSize).to.equal('16px');
    expect(p.letterSpacing).to.equal('normal');
    expect(p.textTransform).to.equal('none');
    expect(p.display).to.equal('block');
    expect(b.color).to.equal('rgb(255, 255, 255)');
    expect(b.backgroundColor).to.equal('rgb(27, 27, 27)');
    expect(b.display).not.to.equal('none');
    // Page CSS showing iframes does not show a blocked one.
    expect(getComputedStyle(root.querySelector('iframe')!).display).to.equal('none');
  });

  it('takes its colours from the banner theme (--cc-*) and inherits dir', async () => {
    const root = await fixture<HTMLElement>(`<div dir="rtl" style="--cc-bg: #000; --cc-fg: #fff">
      <iframe data-category="marketing" data-src="${FRAME}"></iframe></div>`);
    await start();
    const n = noticeOf(root.querySelector('iframe')!)!;
    expect(getComputedStyle(n).backgroundColor).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(message(n)).color).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(message(n)).direction).to.equal('rtl');
  });

  it('is accessible', async function () {
    // axe-core's first run in a page takes 1.3 to 2 s (measured in WebKitGTK and Chromium; its second
    // run 0.03 to 0.2 s), more than the 5 s limit when three browsers share two busy cores.
    this.timeout(15_000);
    const root = await fixture<HTMLElement>(
      `<main><iframe data-category="marketing" data-service="video" data-src="${FRAME}"></iframe></main>`,
    );
    await start();
    const n = noticeOf(root.querySelector('iframe')!)!;
    await expect(n).to.be.accessible();
    button(n).focus();
    expect(getComputedStyle(button(n)).outlineStyle, 'visible focus ring').to.equal('solid');
  });

  it('grows taller rather than cut its text off when the frame is too small for it', async () => {
    const root = await fixture<HTMLElement>(
      `<div><iframe data-category="marketing" data-src="${FRAME}" width="200" height="40" style="border: 0"></iframe></div>`,
    );
    await start();
    const n = noticeOf(root.querySelector('iframe')!)!;
    expect(box(n).width).to.equal(200);
    expect(button(n).getBoundingClientRect().bottom).to.be.at.most(n.getBoundingClientRect().bottom);
  });

  it('puts no notice on a pixel-sized tracker frame', async () => {
    const root = await fixture<HTMLElement>(
      `<div><iframe data-category="marketing" data-src="${FRAME}" width="1" height="1" style="border: 0"></iframe></div>`,
    );
    await start();
    expect(notices(root)).to.deep.equal([]);
  });

  it('forces no layout: reads it only after a rendered frame, every read of a batch before any write; and shifts nothing', async () => {
    const root = await fixture<HTMLElement>(`<div style="width: 700px">
      <p><b>Text</b> <iframe data-category="marketing" data-src="${FRAME}" width="320" height="180"></iframe> <b>text</b></p>
      <iframe data-category="marketing" data-src="${FRAME}"></iframe><b>after an inline iframe</b>
      <iframe data-category="marketing" data-src="${FRAME}" style="display: block; width: 100%; aspect-ratio: 16 / 9; border: 0"></iframe>
      <iframe data-category="marketing" data-service="video" data-src="${FRAME}" style="display: block; margin: 10px auto; border: 0" width="300" height="150"></iframe>
      <p><b>After the embeds.</b></p>
    </div>`);
    await frame();
    const rects = (els: Element[]) => els.map((e) => JSON.stringify(e.getBoundingClientRect()));
    const iframes = [...root.querySelectorAll('iframe')],
      marks = [...root.querySelectorAll('b')];
    const [framed, marked] = [rects(iframes), rects(marks)];
    // The trace: F a rendered frame (its animation frame callbacks), R a layout or style read,
    // W a DOM or style write. A read after a write with no frame between forces a layout.
    const trace: string[] = [];
    const writes = new MutationObserver(() => trace.push('W'));
    writes.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const read = () => trace.push(...(writes.takeRecords().length ? ['W', 'R'] : ['R']));
    const undo: (() => void)[] = [];
    const wrap = (o: object, name: string, note: () => void) => {
      const d = Object.getOwnPropertyDescriptor(o, name)!;
      // eslint-disable-next-line @typescript-eslint/unbound-method -- applied below with the caller's `this`
      const f = (d.value ?? d.get) as (...a: unknown[]) => unknown;
      const wrapped = function (this: unknown, ...a: unknown[]) {
        note();
        return f.apply(this, a);
      };
      Object.defineProperty(o, name, d.get ? { ...d, get: wrapped } : { ...d, value: wrapped });
      undo.push(() => Object.defineProperty(o, name, d));
    };
    for (const k of [
      'getBoundingClientRect',
      'getClientRects',
      'clientWidth',
      'clientHeight',
      'scrollWidth',
      'scrollHeight',
    ])
      wrap(Element.prototype, k, read);
    for (const k of ['offsetWidth', 'offsetHeight', 'offsetTop', 'offsetLeft']) wrap(HTMLElement.prototype, k, read);
    // Writes the observer cannot see (style sheets) or sees only after the task.
    for (const [o, k] of [
      [Element.prototype, 'before'],
      [CSSStyleDeclaration.prototype, 'setProperty'],
      [CSSStyleSheet.prototype, 'replaceSync'],
    ] as const)
      wrap(o, k, () => trace.push('W'));
    // Computed styles are live: reading one of their values is what reads style and layout.
    const computed = getComputedStyle;
    window.getComputedStyle = (...a) =>
      new Proxy(computed(...a), {
        get: (t, k) => {
          if (typeof k == 'string' && !/^\d/.test(k)) read();
          const v: unknown = Reflect.get(t, k, t);
          return typeof v == 'function' ? (v as (...a: unknown[]) => unknown).bind(t) : v;
        },
      });
    undo.push(() => (window.getComputedStyle = computed));
    let shifts = 0;
    const cls = new PerformanceObserver((l) =>
      l.getEntries().forEach((e) => (shifts += (e as PerformanceEntry & { value: number }).value)),
    );
    // Chromium measures layout shifts; Firefox does not.
    if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) cls.observe({ type: 'layout-shift' });
    let raf = requestAnimationFrame(function tick() {
      trace.push('F');
      raf = requestAnimationFrame(tick);
    });
    try {
      begin();
      trace.push('|');
      await drawn();
      // One added later is batched the same way.
      root.insertAdjacentHTML('beforeend', `<iframe data-category="marketing" data-src="${FRAME}"></iframe>`);
      await waitUntil(() => notices(root).length == 5, 'a notice for the added iframe');
      await drawn();
    } finally {
      cancelAnimationFrame(raf);
      for (const u of undo.reverse()) u();
      writes.disconnect();
    }
    await frame();
    cls.takeRecords().forEach((e) => (shifts += (e as PerformanceEntry & { value: number }).value));
    cls.disconnect();
    const t = trace.join('');
    expect(t.split('R').length - 1, 'layout reads made').to.be.at.least(4);
    expect(t, 'no layout read while the Gate starts, nor before a frame is rendered').to.match(/^[^R]*\|[^RF]*F/);
    expect(t.match(/W[^F]*R/g), 'reads after a write, with no frame rendered between').to.equal(null);
    // Each notice takes exactly its iframe's box, in both browsers: the text around stays where it was.
    expect(rects(iframes.map((f) => noticeOf(f)!)), 'notice boxes').to.deep.equal(framed);
    expect(rects(marks), 'text around').to.deep.equal(marked);
    expect(shifts, 'layout shift (CLS)').to.equal(0);
  });

  it('takes its notices away on stop(), leaving the iframes inert but no longer hidden', async () => {
    const root = await fixture<HTMLElement>(
      `<div><iframe data-category="marketing" data-src="${FRAME}"></iframe></div>`,
    );
    const iframe = root.querySelector('iframe')!;
    (await start()).stop();
    expect(notices(root)).to.deep.equal([]);
    expect(iframe.hasAttribute('style')).to.equal(false);
    expect(iframe.hasAttribute('src')).to.equal(false);
  });

  it('builds no notice that is no longer needed when its frame comes: iframe granted, removed, or the Gate stopped meanwhile', async () => {
    const root = await fixture<HTMLElement>(`<div>
      <iframe data-category="marketing" data-service="a" data-src="${FRAME}#a"></iframe>
      <iframe data-category="marketing" data-service="b" data-src="${FRAME}#b"></iframe>
      <iframe data-category="marketing" data-service="c" data-src="${FRAME}#c" style="display: inline-block"></iframe>
      <iframe data-category="marketing" data-service="d" data-src="${FRAME}#d"></iframe>
    </div>`);
    const [a, b, c, d] = root.querySelectorAll('iframe');
    begin();
    granted.add('marketing:a');
    gate.refresh();
    b!.remove();
    await drawn();
    expect(notices(root).length == 2 && !!noticeOf(c!) && !!noticeOf(d!), 'notices for c and d only').to.equal(true);
    expect(a!.getAttribute('src')).to.equal(`${FRAME}#a`);
    expect(getComputedStyle(a!).display).to.equal('inline');
    expect(b!.hasAttribute('style') || !!b!.previousElementSibling, 'removed iframe untouched').to.equal(false);
    // Between the notice going in and taking its fluid size: granted then, it goes for good.
    gate.stop();
    begin();
    await frame();
    expect(notices(root)).to.have.length(2);
    granted.add('marketing:c');
    gate.refresh();
    await drawn();
    expect(noticeOf(c!)).to.equal(null);
    expect(c!.getAttribute('src')).to.equal(`${FRAME}#c`);
    expect(c!.style.cssText, "the iframe's own inline style back").to.equal('display: inline-block;');
    // Stopped before its frame: nothing is drawn, nothing is left behind.
    gate.stop();
    begin().stop();
    await drawn();
    expect(notices(root)).to.deep.equal([]);
    expect(d!.hasAttribute('style')).to.equal(false);
    expect(d!.hasAttribute('src')).to.equal(false);
  });

  it('redraws its notices in place on relabel(), drawn or still waiting for their frame', async () => {
    const root = await fixture<HTMLElement>(
      `<div><iframe data-category="marketing" data-src="${FRAME}"></iframe></div>`,
    );
    let lang = 'en';
    const text = () => ({ label: `${lang} label`, message: `${lang} message`, button: `${lang} button` });
    await start({ notice: { ...notice, text } });
    const n = notices(root)[0]!;
    button(n).focus();
    lang = 'cy';
    board!.relabel();
    expect(notices(root).length == 1 && notices(root)[0] == n, 'the same notice').to.equal(true);
    expect([n.getAttribute('aria-label'), message(n).textContent, button(n).textContent]).to.deep.equal([
      'cy label',
      'cy message',
      'cy button',
    ]);
    expect(n.shadowRoot!.activeElement == button(n), 'focus kept').to.equal(true);
    const late = document.createElement('iframe');
    late.dataset.category = 'marketing';
    root.append(late);
    await Promise.resolve();
    lang = 'fr';
    board!.relabel();
    await drawn();
    expect(notices(root).map((n) => n.getAttribute('aria-label'))).to.deep.equal(['fr label', 'fr label']);
  });

  it('never throws into the page when text() or grant() throws', async () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      const root = await fixture<HTMLElement>(`<div>
        <iframe data-category="bad" data-src="${FRAME}"></iframe>
        <iframe data-category="marketing" data-src="${FRAME}"></iframe></div>`);
      await start({
        notice: {
          text: (c, s) => {
            if (c == 'bad') throw new Error('no text');
            return notice.text(c, s);
          },
          grant: () => {
            throw new Error('no grant');
          },
          block,
        },
      });
      expect(notices(root)).to.have.length(1);
      button(notices(root)[0]!).click();
      expect(errors.map((e) => [e[0], (e[1] as Error).message])).to.deep.equal([
        ['[cookie-consent]', 'no text'],
        ['[cookie-consent]', 'no grant'],
      ]);
    } finally {
      console.error = original;
    }
  });
});

describe('Gate: notices under a strict CSP', () => {
  it("are styled and hide their iframe with style-src 'self' (no <style>, no style attributes)", async () => {
    const frame = await fixture<HTMLIFrameElement>(
      `<iframe src="/tests/fixtures/embed-csp.html" width="600" height="400"></iframe>`,
    );
    const win = (): (Window & { result?: Record<string, unknown> }) | null => frame.contentWindow;
    await waitUntil(() => win()?.result, 'the CSP page reported', { timeout: 4000 });
    expect(win()!.result).to.deep.equal({
      background: 'rgb(242, 242, 242)',
      width: 404,
      iframeDisplay: 'none',
      violations: [],
    });
  });
});
