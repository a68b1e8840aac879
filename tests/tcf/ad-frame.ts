/**
 * An ad on another origin: tests/fixtures/tcf/ad-frame.html from the test server's other host name
 * (localhost ↔ 127.0.0.1, same port), added to `win`'s page. It asks the CMP through postMessage
 * and posts each answer to its parent as `{ adFrame: … }`.
 */
export function addAdFrame(win: Window): HTMLIFrameElement {
  const other = location.hostname == '127.0.0.1' ? 'localhost' : '127.0.0.1';
  const ad = win.document.createElement('iframe');
  ad.src = `${location.protocol}//${other}:${location.port}/tests/fixtures/tcf/ad-frame.html`;
  win.document.body.append(ad);
  return ad;
}
