/**
 * The `__tcfapi` stub of "CMP API v2" ("How does the CMP stub API work?"): a queueing `__tcfapi`
 * that answers `ping` at once, a `postMessage` proxy for frames on other origins, and the
 * `__tcfapiLocator` frame that tells them a CMP is here (added with the page's first frame, else by
 * the CMP once it has answered). A site inlines it in `<head>` before its ad
 * tags (dist/tcf-stub.min.js, built from src/tcf/stub-script.ts); the TCF file installs it too
 * when the page has none, so calls made while the vendor list loads are kept. The full API
 * (@iabtechlabtcf/cmpapi) takes the queue, by calling `__tcfapi()` without arguments, and answers
 * it in order.
 *
 * Our own, not @iabtechlabtcf/stub: that package is a CommonJS script that installs itself when it
 * is evaluated, so the TCF file could not install it only when its config is valid.
 */

/** `__tcfapi(command, version, callback, parameter)`; with no arguments, the stub returns its queue. */
export type TcfApi = (...args: unknown[]) => unknown;

declare global {
  interface Window {
    /** The IAB TCF CMP API (docs/contract.md §6). */
    __tcfapi?: TcfApi;
  }
}

export const LOCATOR = '__tcfapiLocator';

/** Adds the hidden `__tcfapiLocator` frame once the document has a body (the stub may run in `<head>`). */
export function addLocator(win: Window): void {
  if (win.frames[LOCATOR as unknown as number]) return;
  const body = win.document.body;
  if (!body) return void win.setTimeout(() => addLocator(win), 5);
  const frame = win.document.createElement('iframe');
  frame.name = LOCATOR;
  frame.style.display = 'none';
  frame.title = 'TCF locator';
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  body.appendChild(frame);
}

/**
 * Adds the locator frame as soon as the page has any frame of its own. Only a frame can look for the
 * locator, and a new frame's document cannot run a script before this observer's callback (a
 * microtask after the frame was added). Until then the page is spared the locator: making a frame
 * (a document and a script context) is one of the costliest things a page does while it starts,
 * tens of milliseconds on a phone, and would hold up the CMP's `tcloaded`. The CMP adds it itself
 * after its first answer (src/tcf/cmp-api.ts).
 */
function addLocatorWithFirstFrame(win: Window): void {
  const watcher = new MutationObserver(() => {
    if (win.frames[LOCATOR as unknown as number]) watcher.disconnect();
    else if (win.frames.length) {
      watcher.disconnect();
      addLocator(win);
    }
  });
  watcher.observe(win.document, { childList: true, subtree: true });
}

/**
 * Answers `{ __tcfapiCall: { command, version, parameter, callId } }` messages from other frames
 * through whatever `__tcfapi` is at that moment (the stub, later the full API), replying with
 * `{ __tcfapiReturn: { returnValue, success, callId } }` in the form the call came in (a JSON string
 * or an object).
 */
function proxyMessages(win: Window): void {
  win.addEventListener('message', (event: MessageEvent) => {
    const asText = typeof event.data == 'string';
    let data: unknown = event.data;
    try {
      if (typeof event.data == 'string') data = JSON.parse(event.data);
    } catch {
      return;
    }
    const call = (data as { __tcfapiCall?: Record<string, unknown> } | null)?.__tcfapiCall;
    const source = event.source as Window | null;
    if (!call || typeof call != 'object' || !source) return;
    win.__tcfapi?.(
      call.command,
      call.version,
      (returnValue: unknown, success: boolean) => {
        const reply = { __tcfapiReturn: { returnValue, success, callId: call.callId } };
        try {
          source.postMessage(asText ? JSON.stringify(reply) : reply, '*');
        } catch {
          // A reply that cannot be cloned, or a frame that is gone: nothing to answer.
        }
      },
      call.parameter,
    );
  });
}

/** Installs the stub in `win` unless a `__tcfapi` (a stub or a CMP) is already there. */
export function installStub(win: Window = window): void {
  if (typeof win.__tcfapi == 'function') return;
  const queue: unknown[][] = [];
  win.__tcfapi = (...args: unknown[]) => {
    if (!args.length) return queue;
    const [command, , callback] = args;
    // Only ping is answered by the stub: not loaded yet, GDPR applicability not known yet.
    if (command == 'ping') {
      if (typeof callback == 'function')
        (callback as (answer: object, success: boolean) => void)(
          { gdprApplies: undefined, cmpLoaded: false, cmpStatus: 'stub', apiVersion: '2' },
          true,
        );
    } else queue.push(args);
    return undefined;
  };
  proxyMessages(win);
  if (win.frames.length) addLocator(win);
  else addLocatorWithFirstFrame(win);
}
