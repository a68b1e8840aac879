/**
 * `cookie-consent lint <config.json>`: the widget's own validator (the same rules the browser
 * applies), then every `cookies` pattern checked against the Open Cookie Database:
 * - error: a required category lists a known analytics or advertising cookie (COMPLIANCE R07);
 * - info: an optional category lists a cookie the database files as needed for the site to work
 *   (it would be deleted whenever a reader refuses that category), or one it files under another
 *   optional purpose.
 * With a `tcf` block, the TCF file's own validator (a missing CMP ID, a consensu.org vendor list
 * URL…) and, given the site's vendor list (`--gvl`), vendor IDs the list does not have.
 * Findings an ignore rule matches are shown with its reason and do not count.
 */
import { validateConfig } from '../src/core/config.js';
import { matchesCookieName } from '../src/core/cookie-names.js';
import { validateTcfConfig } from '../src/tcf/config.js';
import { narrowVendorList, vendorListProblem, type VendorList } from '../src/tcf/vendor-list.js';
import type { IgnoreRule } from './audit/analyse.js';
import { CONSENT_REQUIRED, NECESSARY_LIKE, WIDGET_CATEGORY, type CookieDatabase, type DbEntry } from './cookie-db.js';
import { plural } from './table.js';

export interface LintFinding {
  level: 'error' | 'warning' | 'info';
  /** The config key it is about: `categories.necessary.cookies`. */
  path: string;
  /** The cookie pattern, for database findings. */
  pattern?: string;
  message: string;
  /** Database entries behind the finding. */
  entries?: { name: string; platform: string; category: string }[];
  ignored?: string;
}

export interface LintReport {
  file: string;
  /** validateConfig accepted it. */
  valid: boolean;
  findings: LintFinding[];
  counts: { errors: number; warnings: number; infos: number; ignored: number };
  exitCode: 0 | 1;
}

const SYNONYMS: Record<string, string> = {
  analytics: 'analytics',
  statistics: 'analytics',
  stats: 'analytics',
  performance: 'analytics',
  measurement: 'analytics',
  marketing: 'marketing',
  advertising: 'marketing',
  ads: 'marketing',
  targeting: 'marketing',
  functional: 'functional',
  preferences: 'functional',
  personalisation: 'functional',
  personalization: 'functional',
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v == 'object' && v !== null && !Array.isArray(v);

function describeEntries(entries: DbEntry[], max = 4): string {
  const names = [...new Map(entries.map((e) => [`${e.name}${e.wildcard ? '*' : ''}`, e])).values()];
  const shown = names.slice(0, max).map((e) => `${e.name}${e.wildcard ? '*' : ''} (${e.platform})`);
  return shown.join(', ') + (names.length > max ? ` and ${names.length - max} more` : '');
}

export function lintConfig(
  config: unknown,
  db: CookieDatabase,
  options: { file?: string; ignore?: IgnoreRule[]; vendorList?: unknown } = {},
): LintReport {
  const ignore = options.ignore ?? [];
  const findings: LintFinding[] = [];
  const result = validateConfig(config);
  for (const message of result.errors)
    findings.push({ level: 'error', path: message.split(/[\s:]/)[0] ?? '', message });
  if (isObject(config) && isObject(config.tcf))
    findings.push(...lintTcf(config.tcf, config.categories, options.vendorList));

  const dbErrorPaths = new Set<string>();
  const categories = isObject(config) && isObject(config.categories) ? config.categories : {};
  for (const [name, raw] of Object.entries(categories)) {
    if (!isObject(raw)) continue;
    const required = raw.required === true;
    const lists: [string, unknown][] = [[`categories.${name}.cookies`, raw.cookies]];
    for (const [service, s] of Object.entries(isObject(raw.services) ? raw.services : {}))
      if (isObject(s)) lists.push([`categories.${name}.services.${service}.cookies`, s.cookies]);
    for (const [path, list] of lists) {
      if (!Array.isArray(list)) continue;
      for (const pattern of list) {
        if (typeof pattern != 'string' || !pattern) continue;
        const entries = db.coveredBy(pattern);
        if (!entries.length) continue;
        const tracking = entries.filter((e) => CONSENT_REQUIRED.includes(e.category));
        const needed = entries.filter((e) => NECESSARY_LIKE.includes(e.category));
        const brief = (list: DbEntry[]) =>
          list.map((e) => ({ name: e.name + (e.wildcard ? '*' : ''), platform: e.platform, category: e.category }));
        let finding: LintFinding | null = null;
        if (required && tracking.length) {
          const cats = [...new Set(tracking.map((e) => e.category))].sort();
          const to = [...new Set(cats.map((c) => WIDGET_CATEGORY[c]))].join(' or ');
          finding = {
            level: 'error',
            path,
            pattern,
            entries: brief(tracking),
            message: pattern.includes('*')
              ? `'${pattern}' covers known ${cats.join(' and ').toLowerCase()} cookies: ${describeEntries(tracking)}. They need consent, so they cannot be in a required category: move them to ${to}`
              : `'${pattern}' is a known ${cats.join('/').toLowerCase()} cookie (${tracking[0]!.platform}: ${tracking[0]!.description.slice(0, 120)}). It needs consent, so it cannot be in a required category: move it to ${to}`,
          };
          dbErrorPaths.add(`categories.${name}`);
        } else if (!required && needed.length == entries.length) {
          finding = {
            level: 'info',
            path,
            pattern,
            entries: brief(needed),
            message: `'${pattern}' is a known ${needed[0]!.category.toLowerCase()} cookie (${describeEntries(needed, 2)}), usually strictly necessary: listed under '${name}', it is deleted whenever a reader refuses '${name}'`,
          };
        } else if (!required && tracking.length == entries.length && SYNONYMS[name.toLowerCase()]) {
          const expected = SYNONYMS[name.toLowerCase()]!;
          const other = tracking.filter((e) => WIDGET_CATEGORY[e.category] != expected);
          if (other.length == tracking.length)
            finding = {
              level: 'info',
              path,
              pattern,
              entries: brief(other),
              message: `'${pattern}' is filed under ${other[0]!.category} in the Open Cookie Database (${describeEntries(other, 2)}), not ${expected}`,
            };
        }
        if (!finding) continue;
        const rule = ignore.find((r) => r.pattern == pattern || matchesCookieName(pattern, r.pattern));
        findings.push(rule ? { ...finding, ignored: rule.reason } : finding);
      }
    }
  }
  // The validator's own R07 warning says less than the database error on the same category.
  for (const message of result.warnings) {
    const path = message.split(/[\s:]/)[0] ?? '';
    if (dbErrorPaths.has(path) && message.includes('known tracking cookies')) continue;
    findings.push({ level: 'warning', path, message });
  }
  const order = { error: 0, warning: 1, info: 2 };
  findings.sort((a, b) => Number(!!a.ignored) - Number(!!b.ignored) || order[a.level] - order[b.level]);
  const live = findings.filter((f) => !f.ignored);
  const counts = {
    errors: live.filter((f) => f.level == 'error').length,
    warnings: live.filter((f) => f.level == 'warning').length,
    infos: live.filter((f) => f.level == 'info').length,
    ignored: findings.length - live.length,
  };
  return { file: options.file ?? '', valid: !!result.config, findings, counts, exitCode: counts.errors ? 1 : 0 };
}

/** The `tcf` block: the TCF file's validator, its category, and its vendors against the site's vendor list. */
function lintTcf(tcf: Record<string, unknown>, categories: unknown, vendorList: unknown): LintFinding[] {
  const { config, errors } = validateTcfConfig(tcf);
  const findings: LintFinding[] = errors.map((message) => ({
    level: 'error',
    path: message.split(':')[0] ?? 'tcf',
    message: message + ' (TCF stays off)',
  }));
  if (!config) return findings;
  if (!isObject(categories) || !Object.hasOwn(categories, config.category))
    findings.push({
      level: 'error',
      path: 'tcf.category',
      message: `tcf.category: '${config.category}' is not one of the config's categories (TCF stays off)`,
    });
  if (vendorList === undefined)
    findings.push({
      level: 'info',
      path: 'tcf.vendors',
      message: 'tcf.vendors not checked against a vendor list: give --gvl <vendor-list.json>',
    });
  else if (vendorListProblem(vendorList))
    findings.push({
      level: 'error',
      path: 'tcf.vendors',
      message: `--gvl: not a vendor list (${vendorListProblem(vendorList)})`,
    });
  else {
    const list = vendorList as VendorList;
    const { missing } = narrowVendorList(list, config.vendors);
    if (missing.length)
      findings.push({
        level: 'error',
        path: 'tcf.vendors',
        message: `tcf.vendors: ${missing.join(', ')} not in vendor list ${list.vendorListVersion} (unknown or deleted): never shown, never disclosed`,
      });
  }
  return findings;
}

export function formatLint(r: LintReport): string {
  const out = [
    `Lint of ${r.file || 'the config'}: ${r.valid ? 'valid for the widget' : 'NOT valid for the widget (it would fall back to the safe state)'}`,
  ];
  for (const f of r.findings) {
    out.push('', `${(f.ignored ? 'ignored' : f.level).padEnd(7)}  ${f.path}`, `         ${f.message}`);
    if (f.ignored) out.push(`         reason: ${f.ignored}`);
  }
  const { errors, warnings, infos, ignored } = r.counts;
  out.push(
    '',
    `${errors ? '✗' : '✓'} ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info', 'infos')}${ignored ? `, ${ignored} ignored` : ''}`,
  );
  return out.join('\n');
}
