/** Crawl, then analyse: the audit in one call (loads puppeteer-core, so main.ts imports it lazily). */
import { CookieDatabase } from '../cookie-db.js';
import { DEFAULT_CHROME, version } from '../version.js';
import { analyse, type AuditReport, type IgnoreRule } from './analyse.js';
import { crawl, type CrawlOptions } from './crawl.js';

/** Crawls `url` in Chromium and analyses what it saw. */
export async function runAudit(
  options: Partial<CrawlOptions> & { url: string; ignore?: IgnoreRule[]; db?: CookieDatabase },
): Promise<AuditReport> {
  const db = options.db ?? CookieDatabase.load();
  const raw = await crawl({
    pages: 3,
    settle: 1000,
    timeout: 30_000,
    chromePath: process.env.CHROME_PATH || DEFAULT_CHROME,
    log: () => undefined,
    ...options,
  });
  return analyse(raw, db, { ignore: options.ignore, version: version() });
}
