/**
 * Opens an end-to-end fixture page in an 800×600 iframe of the test page and waits for the widget's
 * `consent-ready` (the fixtures load tests/fixtures/e2e/recorder.js, which records it in `ccEvents`).
 */
import { waitUntil } from '@open-wc/testing';

export async function openFrame<W extends Window>(src: string): Promise<{ frame: HTMLIFrameElement; win: W }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as W & { ccEvents: { type: string }[] };
  await waitUntil(() => win.ccEvents.some((e) => e.type == 'consent-ready'), 'consent-ready never fired');
  return { frame, win };
}
