/** The audit report as text for people (the JSON form is the AuditReport itself). */
import { plural, table } from '../table.js';
import type { AuditReport, Finding, PhaseReport } from './analyse.js';
import type { ConsentCommand } from './types.js';

const short = (url: string, base: string) => {
  try {
    const u = new URL(url);
    return u.origin == new URL(base).origin ? u.pathname + u.search : url;
  } catch {
    return url;
  }
};

function findingsTable(findings: Finding[], base: string, withReason = false): string {
  return table(
    ['phase', 'what', 'name', 'where', 'why', 'set / caused by', ...(withReason ? ['ignored because'] : [])],
    findings.map((f) => [
      f.phase ?? '—',
      f.kind,
      f.subject,
      f.where ? short(f.where, base) : '',
      f.message,
      f.setBy ? f.setBy.replaceAll(new URL(base).origin, '') : '',
      ...(withReason ? [f.ignored ?? ''] : []),
    ]),
    [7, 14, 28, 30, 110, 70, 60],
  );
}

/** `default: denied ad_storage, analytics_storage…; granted security_storage; wait_for_update 500` */
export function consentSummary(cmd: ConsentCommand): string {
  const byValue = new Map<string, string[]>();
  const other: string[] = [];
  for (const [key, value] of Object.entries(cmd.params ?? {})) {
    if (value === 'granted' || value === 'denied') byValue.set(value, [...(byValue.get(value) ?? []), key]);
    else other.push(`${key} ${JSON.stringify(value)}`);
  }
  const parts = [...byValue].map(([value, keys]) => `${value} ${keys.join(', ')}`);
  return `${cmd.command}${cmd.isArguments ? '' : ' (plain array: ignored by Google tags)'}: ${[...parts, ...other].join('; ') || '—'}`;
}

function phaseText(p: PhaseReport, base: string): string {
  const out: string[] = [];
  out.push(`── ${p.title} · ${plural(p.pages.length, 'page')} ${'─'.repeat(Math.max(3, 60 - p.title.length))}`);
  out.push(
    'Pages: ' +
      p.pages
        .map(
          (pg) => `${short(pg.url, base)}${pg.error ? ` (failed: ${pg.error})` : pg.status ? ` (${pg.status})` : ''}`,
        )
        .join(', '),
  );
  out.push('');
  out.push(`Cookies (${p.cookies.length})`);
  if (p.cookies.length)
    out.push(
      table(
        ['name', 'domain', 'party', 'expires', 'category', 'set by'],
        p.cookies.map((c) => [
          c.name,
          c.domain + (c.partition ? ` (partitioned: ${c.partition})` : ''),
          c.party == 'first' ? '1st' : '3rd',
          c.lifetime,
          (c.classification
            ? `${c.category} · ${c.classification.platform}${c.classification.match == 'prefix' ? ` (${c.classification.pattern})` : ''}`
            : 'unknown') + (c.configCategory && !c.note ? ` [config: ${c.configCategory}]` : ''),
          (c.setBy ? c.setBy.text.replaceAll(new URL(base).origin, '') : '—') +
            (c.setBy && c.setBy.phase != p.id ? ` [${c.setBy.phase}]` : ''),
        ]),
        [32, 34, 5, 10, 60, 80],
      ),
    );
  out.push('');
  out.push(`Storage (${p.storage.length})`);
  if (p.storage.length)
    out.push(
      table(
        ['origin', 'type', 'key', 'party', 'category', 'set by'],
        p.storage.map((s) => [
          s.origin,
          s.type,
          s.key,
          s.party == 'first' ? '1st' : '3rd',
          s.classification ? `${s.category} · ${s.classification.platform}` : 'unknown',
          s.setBy ? s.setBy.text.replaceAll(new URL(base).origin, '') : '—',
        ]),
        [34, 14, 32, 5, 40, 80],
      ),
    );
  out.push('');
  out.push(
    `Third-party requests (${p.thirdPartyRequests.length} ${p.thirdPartyRequests.length == 1 ? 'host' : 'hosts'})`,
  );
  if (p.thirdPartyRequests.length)
    out.push(
      table(
        ['host', 'requests', 'types', 'known as', 'cookies set', 'loaded by'],
        p.thirdPartyRequests.map((r) => [
          r.host,
          String(r.count),
          r.types.join(', ').toLowerCase(),
          r.tracker ? `${r.tracker.category} · ${r.tracker.platforms.slice(0, 2).join(', ')}` : '—',
          [...r.setCookies, ...r.blockedCookies.map((b) => `${b.name} (refused)`)].join(', ') || '—',
          r.initiator ? short(r.initiator, base) : '—',
        ]),
        [40, 8, 30, 40, 40, 60],
      ),
    );
  out.push('');
  const cmds = p.consentMode.filter((c) => c.commands.length);
  if (!p.dataLayer) out.push('Consent Mode: no window.dataLayer');
  else if (!cmds.length) out.push('Consent Mode: window.dataLayer has no consent commands');
  else {
    const distinct = new Map<string, string[]>();
    for (const c of p.consentMode) {
      const key = c.commands.map(consentSummary).join('\n');
      distinct.set(key, [...(distinct.get(key) ?? []), short(c.url, base)]);
    }
    out.push('Consent Mode (window.dataLayer):');
    for (const [key, pages] of distinct) {
      out.push(`  on ${distinct.size == 1 ? 'every page' : pages.join(', ')}:`);
      for (const line of key.split('\n')) out.push(`    ${line}`);
    }
  }
  return out.join('\n');
}

export function formatReport(r: AuditReport): string {
  const base = r.finalUrl;
  const out: string[] = [];
  out.push(`Cookie audit of ${r.url}${r.finalUrl != r.url ? ` (→ ${r.finalUrl})` : ''}`);
  out.push(
    `${r.browser}, fresh profile, third-party cookies allowed · ${plural(r.pagesPerPhase, 'page')} per phase · ${r.database.name} (${r.database.license}), ${r.database.entries} entries`,
  );
  out.push(
    r.widget.present
      ? `cookie-consent widget found: phases ${r.phases.map((p) => p.id).join(', ')}`
      : 'No cookie-consent widget on the page (window.CookieConsent): only the "before" phase is reported.',
  );
  out.push('');
  const counted = r.violations.filter((v) => !v.ignored);
  const ignored = [...r.violations, ...r.warnings].filter((v) => v.ignored);
  if (counted.length) {
    out.push(
      `✗ ${plural(counted.length, 'violation')} (docs/compliance.md R09/R19/R21: nothing optional before a choice or after "Reject all")`,
    );
    out.push(findingsTable(counted, base));
  } else out.push('✓ No violations: nothing optional before a choice or after "Reject all".');
  const warnings = r.warnings.filter((w) => !w.ignored);
  if (warnings.length) {
    out.push('');
    out.push(`! ${plural(warnings.length, 'warning')}`);
    out.push(findingsTable(warnings, base));
  }
  if (ignored.length) {
    out.push('');
    out.push(`Ignored (${ignored.length})`);
    out.push(findingsTable(ignored, base, true));
  }
  for (const p of r.phases) {
    out.push('');
    out.push(phaseText(p, base));
  }
  out.push('');
  out.push('── Proposed config ' + '─'.repeat(50));
  out.push('The categories the observed cookies call for (each cookies list is deleted when its category is refused):');
  out.push('');
  out.push(JSON.stringify(r.proposedConfig, null, 2));
  if (r.unclassified.length) {
    out.push('');
    out.push(`Not in the Open Cookie Database (put each under its category yourself): ${r.unclassified.join(', ')}`);
  }
  if (r.thirdPartyCookies.length) {
    out.push('');
    out.push(
      `Third-party cookies (left out: the site's scripts cannot delete them; gate what sets them): ${r.thirdPartyCookies.map((c) => `${c.name} (${c.domain}, ${c.category})`).join(', ')}`,
    );
  }
  if (r.notes.length) {
    out.push('');
    out.push('Notes:');
    for (const n of r.notes) out.push(`  - ${n}`);
  }
  out.push('');
  out.push(
    counted.length ? `Result: ${plural(counted.length, 'violation')} (exit code 1)` : 'Result: clean (exit code 0)',
  );
  return out.join('\n');
}
