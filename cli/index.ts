/**
 * The audit and the lint as a library (the `cookie-consent` command is main.ts):
 *   import { runAudit, lintConfig, CookieDatabase } from 'cookie-consent/cli';
 */
export { runAudit } from './audit/run.js';
export { version, DEFAULT_CHROME } from './version.js';
export { analyse, proposeConfig, lifetime } from './audit/analyse.js';
export type {
  AuditReport,
  CookieRow,
  Finding,
  IgnoreRule,
  PhaseReport,
  RequestRow,
  StorageRow,
} from './audit/analyse.js';
export { AuditError, crawl, pickLinks, CHROME_ARGS } from './audit/crawl.js';
export type { CrawlOptions } from './audit/crawl.js';
export type { RawAudit, PhaseId } from './audit/types.js';
export { formatReport } from './audit/report.js';
export { CookieDatabase, parseDomains } from './cookie-db.js';
export type { Category, Classification, DbCategory, DbEntry } from './cookie-db.js';
export { lintConfig, formatLint } from './lint.js';
export type { LintFinding, LintReport } from './lint.js';
export { parseCookieWrite, scriptFromStack } from './set-cookie.js';
export { siteOf } from './site.js';
export { parseIgnoreRule, readIgnoreFile } from './ignore.js';
export { updateGvl, maxAgeOf, GvlError, DEFAULT_SOURCE } from './gvl.js';
export type { GvlOptions, GvlResult } from './gvl.js';
