/** This package's version and defaults, without loading the browser code. */
import { readFileSync } from 'node:fs';

/** This package's version (from its package.json). */
export function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? '';
  } catch {
    return '';
  }
}

/** Debian's Chromium. */
export const DEFAULT_CHROME = '/usr/bin/chromium';
