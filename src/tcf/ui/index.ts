/**
 * The TCF screens file (dist/cookie-consent-tcf-ui.min.js): the first and second layer of a TCF
 * CMP (src/tcf/ui/screens.ts) and their look. The TCF file (src/tcf/index.ts) loads it when the
 * UI is about to draw for a site with `tcf`; a returning reader, whose page only needs
 * `tcloaded`, never downloads it. It carries no Lit: its templates are rendered by the UI file's.
 */
import { registerSibling } from '../../load-sibling.js';
import { createTcfScreens } from './screens.js';

/** What this file registers. */
export interface TcfScreensFile {
  createTcfScreens: typeof createTcfScreens;
}

export { createTcfScreens };

registerSibling('tcf-ui', { createTcfScreens } satisfies TcfScreensFile);
