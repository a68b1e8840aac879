/** The ignore list: `--ignore name:reason` and ignore files (one `name: reason` a line, `#` comments). */
import { readFileSync } from 'node:fs';
import type { IgnoreRule } from './audit/analyse.js';

export class UsageError extends Error {}

export function parseIgnoreRule(text: string, where = '--ignore'): IgnoreRule {
  const i = text.indexOf(':');
  const pattern = (i < 0 ? text : text.slice(0, i)).trim();
  const reason = i < 0 ? '' : text.slice(i + 1).trim();
  if (!pattern || !reason)
    throw new UsageError(
      `${where}: "${text}" needs a name and a reason, as in _ga:"counted by our own server, no cookie sent"`,
    );
  return { pattern, reason };
}

export function readIgnoreFile(file: string): IgnoreRule[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read the ignore file ${file} (${(e as Error).message})`);
  }
  return text
    .split(/\r?\n/)
    .map((line, n) => [line.replace(/^\s*#.*$/, '').trim(), n + 1] as const)
    .filter(([line]) => line)
    .map(([line, n]) => parseIgnoreRule(line, `${file}:${n}`));
}
