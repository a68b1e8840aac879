/**
 * `cookie-consent audit <url>`, `cookie-consent lint <config.json>` and `cookie-consent gvl …`
 * (the package's bin). Exit codes: 0 clean, 1 violations (audit), errors (lint) or vendors the list
 * does not have (gvl), 2 usage or any other error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatReport } from './audit/report.js';
import { CookieDatabase } from './cookie-db.js';
import { parseIgnoreRule, readIgnoreFile, UsageError } from './ignore.js';
import { formatLint, lintConfig } from './lint.js';
import { DEFAULT_SOURCE, updateGvl } from './gvl.js';
import { DEFAULT_CHROME, version } from './version.js';

/** A problem with the input or the environment, not a finding (exit code 2). */
class FailError extends Error {}

const USAGE = `Usage:
  cookie-consent audit <url> [options]     what a page really sets, before and after a choice
  cookie-consent lint <config.json> [options]   the widget's config checked against the cookie database
  cookie-consent gvl --vendors <ids> --out <dir> [options]   the site's own copy of the IAB vendor list (TCF)

audit options:
  --pages <n>            pages per phase, the start page and n-1 same-site links (default 3)
  --settle <ms>          quiet network time after each load before the inventory (default 1000)
  --timeout <ms>         navigation timeout (default 30000)
  --chrome <path>        Chromium or Chrome to use (default $CHROME_PATH, else ${DEFAULT_CHROME})
  --quiet                no progress lines on stderr
lint options:
  --gvl <file>           a vendor list (as written by gvl) to check tcf.vendors against
gvl options:
  --vendors <ids>        the GVL vendor IDs the site works with, comma-separated (tcf.vendors)
  --languages <codes>    translations to fetch besides English, comma-separated (de,fr,pt-br)
  --out <dir>            where to write vendor-list.json and purposes-<lang>.json (served by the site)
  --source <url>         where to download from (default ${DEFAULT_SOURCE})
audit and lint:
  --json                 the report as JSON on stdout
  --ignore <name:reason> do not count findings about this cookie, key or host (* wildcards; repeatable)
  --ignore-file <file>   ignore rules, one "name: reason" a line, # comments
  --help, --version

Exit codes: 0 clean, 1 violations (audit), errors (lint) or unknown vendors (gvl), 2 usage or other errors.
Cookie data: the Open Cookie Database (Apache-2.0), shipped in data/open-cookie-database/.`;

function positiveInt(value: string | undefined, name: string, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min)
    throw new UsageError(`--${name} must be a whole number ≥ ${min}, got "${value}"`);
  return n;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      pages: { type: 'string' },
      settle: { type: 'string' },
      timeout: { type: 'string' },
      chrome: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      json: { type: 'boolean' },
      ignore: { type: 'string', multiple: true },
      'ignore-file': { type: 'string', multiple: true },
      gvl: { type: 'string' },
      vendors: { type: 'string' },
      languages: { type: 'string' },
      out: { type: 'string' },
      source: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (values.version) {
    process.stdout.write(version() + '\n');
    return 0;
  }
  const [command, target, ...extra] = positionals;
  if (!command) throw new UsageError('which command: audit, lint or gvl?');
  if (command == 'gvl') return gvlCommand(values, positionals.slice(1));
  if (command != 'audit' && command != 'lint') throw new UsageError(`unknown command "${command}"`);
  if (values.vendors || values.languages || values.out || values.source)
    throw new UsageError('--vendors, --languages, --out and --source are gvl options');
  if (values.gvl && command != 'lint') throw new UsageError('--gvl is a lint option');
  if (!target) throw new UsageError(`${command} needs ${command == 'audit' ? 'a URL' : 'a config file'}`);
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const ignore = [
    ...(values.ignore ?? []).map((r) => parseIgnoreRule(r)),
    ...(values['ignore-file'] ?? []).flatMap(readIgnoreFile),
  ];
  if (command == 'lint') {
    if (values.pages || values.settle || values.timeout || values.chrome)
      throw new UsageError('--pages, --settle, --timeout and --chrome are audit options');
    let config: unknown;
    try {
      config = JSON.parse(readFileSync(target, 'utf8'));
    } catch (e) {
      throw new FailError(`cannot read ${target} as JSON (${(e as Error).message})`);
    }
    let vendorList: unknown;
    if (values.gvl)
      try {
        vendorList = JSON.parse(readFileSync(values.gvl, 'utf8'));
      } catch (e) {
        throw new FailError(`cannot read ${values.gvl} as JSON (${(e as Error).message})`);
      }
    const report = lintConfig(config, CookieDatabase.load(), { file: target, ignore, vendorList });
    process.stdout.write((values.json ? JSON.stringify(report, null, 2) : formatLint(report)) + '\n');
    return report.exitCode;
  }

  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw new UsageError(`"${target}" is not a URL (give it with http:// or https://)`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new UsageError(`only http(s) URLs can be audited, not ${url.protocol}`);
  const chromePath = values.chrome || process.env.CHROME_PATH || DEFAULT_CHROME;
  if (!existsSync(chromePath))
    throw new FailError(
      `no Chromium at ${chromePath}: install Debian's chromium package, or set CHROME_PATH or --chrome`,
    );
  const log = values.quiet
    ? () => undefined
    : (line: string) => process.stderr.write(`cookie-consent audit: ${line}\n`);
  // puppeteer-core loads only for an audit: lint and usage errors stay quick.
  const { runAudit } = await import('./audit/run.js');
  const report = await runAudit({
    url: url.href,
    pages: positiveInt(values.pages, 'pages', 3),
    settle: positiveInt(values.settle, 'settle', 1000, 0),
    timeout: positiveInt(values.timeout, 'timeout', 30_000),
    chromePath,
    log,
    ignore,
  });
  const counted = report.violations.filter((v) => !v.ignored).length;
  log(
    `done: ${counted} violation${counted == 1 ? '' : 's'}, ${report.warnings.filter((w) => !w.ignored).length} warning(s)`,
  );
  process.stdout.write((values.json ? JSON.stringify(report, null, 2) : formatReport(report)) + '\n');
  return report.exitCode;
}

/** A comma-separated list of IDs or codes. */
const listOf = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

async function gvlCommand(values: Record<string, unknown>, rest: string[]): Promise<number> {
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}"`);
  const other = ['pages', 'settle', 'timeout', 'chrome', 'json', 'ignore', 'ignore-file', 'gvl'].find((k) => values[k]);
  if (other) throw new UsageError(`--${other} is not a gvl option`);
  const vendors = listOf(values.vendors as string | undefined);
  if (!vendors.length || !vendors.every((v) => /^\d+$/.test(v) && +v >= 1 && +v <= 65535))
    throw new UsageError('--vendors needs the GVL vendor IDs, comma-separated: --vendors 1,2,755');
  const languages = listOf(values.languages as string | undefined).map((l) => l.toLowerCase());
  const bad = languages.find((l) => !/^[a-z]{2}(-[a-z]{2,4})?$/.test(l));
  if (bad) throw new UsageError(`--languages: "${bad}" is not a language code (de, fr, pt-br)`);
  if (!values.out) throw new UsageError('--out needs the folder the site serves the vendor list from');
  const source = values.source as string | undefined;
  if (source && !/^https?:\/\//.test(source)) throw new UsageError(`--source must be an http(s) URL, not "${source}"`);
  const log = values.quiet ? () => undefined : (line: string) => process.stderr.write(`cookie-consent gvl: ${line}\n`);
  const result = await updateGvl({ vendors: vendors.map(Number), languages, out: values.out as string, source, log });
  if (result.missing.length) {
    process.stderr.write(
      `cookie-consent gvl: vendor list ${result.vendorListVersion} has no vendor ${result.missing.join(', ')} (or deleted it): nothing written. Remove ${result.missing.length == 1 ? 'it' : 'them'} from tcf.vendors and --vendors.\n`,
    );
    return 1;
  }
  process.stdout.write(
    `vendor list ${result.vendorListVersion} (TCF policy ${result.tcfPolicyVersion}), ${vendors.length} vendors: wrote ${result.files.join(', ')} to ${values.out}\n`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.stdout.write('', () => process.exit(code)),
  (e: unknown) => {
    // Interrupted: the signal handler removes the browser profile and exits.
    if (process.exitCode == 130 || process.exitCode == 143) return;
    const usage = e instanceof UsageError || (e as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`cookie-consent: ${(e as Error)?.message ?? e}${usage ? '\n\n' + USAGE : ''}\n`);
    process.exit(2);
  },
);
