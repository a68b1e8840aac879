/**
 * IAB TCF in the drop-in (docs/tcf.md): when the validated config has a `tcf` key, and only then,
 * loads the TCF file next to the script (dist/cookie-consent-tcf.min.js, with its SRI hash and the
 * script's nonce) and starts it with the controller. Without the key nothing is loaded and no
 * `__tcfapi` is defined. A file that cannot be loaded is one console.error (the sibling loader's):
 * TCF is then off and the rest of the widget works. What TCF reads of the controller is built in
 * the TCF file (src/tcf/entry.ts): sites without TCF do not download it.
 */
import type { Controller } from './controller.js';
import { log } from './core/log.js';
import type { Sibling } from './load-sibling.js';
import type { CoreEvent } from './tcf/index.js';
import type { TcfFile } from './tcf/entry.js';

/** The TCF file; rollup.config.mjs writes its SRI hash in place of the placeholder. */
const TCF: Sibling = { name: 'tcf', file: 'cookie-consent-tcf.min.js', integrity: '__TCF_INTEGRITY__' };

/**
 * Where the TCF files are, when not next to the loader's base by their own names: the ES module
 * build names them with `new URL('./…', import.meta.url)`, which bundlers copy (and may rename).
 */
export interface TcfFiles {
  /** The TCF file's URL. */
  tcf: string;
  /** The TCF screens' URL (by default next to the TCF file). */
  screens: string;
}

/**
 * Sets `controller.tcf` when its config has a `tcf` key: the file is fetched now (a returning
 * reader's ad tags wait for `tcloaded`, and Google's give up after 500 ms), then started.
 */
export function loadTcf(
  controller: Controller,
  loadSibling: (sibling: Sibling) => Promise<unknown>,
  files?: TcfFiles,
): void {
  if (!controller.config.tcf) return;
  // What happens while the file loads (the banner shown, a quick "Accept all") is handed over, in order.
  const early: CoreEvent[] = [];
  const stopKeeping = controller.subscribe((event) => early.push(event));
  controller.tcf = loadSibling(files ? { ...TCF, file: files.tcf } : TCF)
    .then((file) => {
      stopKeeping();
      return (file as TcfFile | undefined)?.startTcfFor(controller, early, files?.screens) ?? null;
    })
    // Whatever goes wrong, TCF is off and nothing is granted through it.
    .catch((error: unknown) => (log(error), null));
}
