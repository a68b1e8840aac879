// A rollup plugin for a file that loads sibling files itself (src/load-sibling.ts): it writes each
// sibling's Subresource Integrity hash (sha384, as browsers check it) in place of its placeholder.
// The siblings must be built first; a placeholder missing from the code is an error, since that
// sibling would then load unchecked.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

/** `siblings`: `[{ placeholder: '__X_INTEGRITY__', file: 'dist/x.min.js' }]`. */
export const siblingHashes = (siblings) => ({
  name: 'sibling-hashes',
  renderChunk(code) {
    for (const { placeholder, file } of siblings) {
      if (!code.includes(placeholder))
        this.error(`${placeholder} not found in the code: its sibling ${file} would load unchecked`);
      const hash = 'sha384-' + createHash('sha384').update(readFileSync(file)).digest('base64');
      code = code.replaceAll(placeholder, hash);
    }
    return { code, map: null };
  },
});
