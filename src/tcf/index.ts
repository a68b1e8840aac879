/**
 * TCF started for one page (dist/cookie-consent-tcf.min.js, entry src/tcf/entry.ts): the script-tag
 * core loads the file only when the config has a `tcf` key, then `startTcf` gets what TCF needs from
 * it. Nothing here runs on load: with an invalid block nothing is defined (no `__tcfapi`) and TCF stays off.
 *
 * The core stays the owner of the reader's choice (our cookie, categories, the banner); TCF follows
 * it: each choice becomes a TC string (src/tcf/tc-string.ts), stored in `euconsent-v2` and served
 * by `__tcfapi` (src/tcf/cmp-api.ts).
 */
import { cookieStorage } from '../storage/cookie-storage.js';
import type { ConsentRecord, ResolvedConfig } from '../core/types.js';
import type { ResolvedTcfConfig } from './types.js';
import { validateTcfConfig } from './config.js';
import { acString, createCmp } from './cmp-api.js';
import { installStub } from './stub.js';
import {
  decodeTcString,
  encodeTcString,
  libraryGvl,
  signalsFor,
  signalsOf,
  staleReason,
  staleWithoutList,
  type TcfAction,
  type TcfSignals,
} from './tc-string.js';
import { narrowVendorList, vendorListProblem, type VendorList } from './vendor-list.js';
import { siblingLoader, type Sibling } from '../load-sibling.js';
import type { TcfScreensFile } from './ui/index.js';

/** The TCF screens (src/tcf/ui/), next to this file; rollup.tcf.config.mjs writes the SRI hash in place of the placeholder. */
const SCREENS: Sibling = { name: 'tcf-ui', file: 'cookie-consent-tcf-ui.min.js', integrity: '__TCF_UI_INTEGRITY__' };
/** This file's own script, read while it is evaluated: the screens file is found next to it, with its nonce. */
const ownScript = document.currentScript as HTMLScriptElement | null;

/** The first-party cookie that holds the TC string (docs/contract.md §6). */
export const TC_COOKIE = 'euconsent-v2';

/** What the core tells TCF about the reader. */
export type CoreEvent =
  /** The banner or the preferences dialog was shown (`true`) or closed (`false`). */
  | { type: 'ui'; visible: boolean }
  /**
   * A choice was stored: by "Accept all", "Reject all", or a saved selection; `tcf`, the signals the
   * TCF screens chose, when they made it.
   */
  | { type: 'choice'; action: TcfAction; consent: ConsentRecord; tcf?: TcfSignals };

/** What `startTcf` needs from the core. */
export interface TcfDeps {
  /** The site's `tcf` block as written (validated here). */
  config: unknown;
  site: {
    /** The language the widget shows (resolved, e.g. 'de'): the TC string's consent language. */
    language: string;
    /** The resolved attributes of our cookie: `euconsent-v2` gets the same domain, path, SameSite, Secure. */
    cookie: ResolvedConfig['cookie'];
    /** Google Consent Mode is on: TCData says `enableAdvertiserConsentMode`. */
    googleConsentMode: boolean;
    /** The names of the config's categories (`tcf.category` must be one). */
    categories: string[];
  };
  consent: {
    /** The stored choice if it still stands, else null (the banner shows). */
    current(): ConsentRecord | null;
    /** Whether the banner or the preferences dialog is shown right now. */
    uiVisible(): boolean;
    /** Calls `listener` on every CoreEvent from now on; returns the unsubscribe function. */
    subscribe(listener: (event: CoreEvent) => void): () => void;
    /** Shows the banner again: the reader's TC string no longer stands (13 months, policy version, new vendor). */
    askAgain(): void;
  };
  /** The core's console reporter (src/core/log.ts). */
  log(what: unknown, warn?: 1): void;
  /** The clock (tests). */
  now?: () => number;
  /** Loads the TCF screens (tests); by default the file next to this one. */
  loadScreens?: () => Promise<unknown>;
  /** The TCF screens' URL, when not next to this file (the ES module build names it, src/standalone.ts). */
  screensFile?: string;
}

/** What the core keeps of a started TCF. */
export interface TcfHandle {
  /** The TC string of the reader's latest choice, for the proof-of-consent beacon (docs/contract.md §7). */
  tcString(): string | undefined;
  /** Settles once the vendor list is loaded (or failed) and the API serves. */
  ready: Promise<void>;
  /** Stops following the core's events. */
  stop(): void;
  /** The validated `tcf` block (the screens read `gvl`, `stacks`, `publisherPurposes`). */
  config: ResolvedTcfConfig;
  /** The vendor list narrowed to `tcf.vendors`, once `ready` settled; undefined when it could not be loaded. */
  vendorList(): VendorList | undefined;
  /**
   * What the second layer starts from: the signals of the reader's standing choice, else those of no
   * choice yet (no consent, no special feature; legitimate interest disclosed, not objected to).
   */
  signals(): TcfSignals;
  /**
   * Loads the TCF screens, which the UI draws before it shows anything (the disclosures come before
   * any signal). Undefined when they cannot be loaded: then no choice on this page reaches TCF (no
   * consent signalled without its disclosures), said once in the console.
   */
  screens(): Promise<TcfScreensFile | undefined>;
}

/** Loads the site's vendor list and narrows it to `vendors`; throws a readable error when it cannot. */
async function loadVendorList(url: string, vendors: number[]): Promise<{ list: VendorList; missing: number[] }> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const json: unknown = await response.json();
  const problem = vendorListProblem(json);
  if (problem) throw new Error(`${url} is not a vendor list: ${problem}`);
  return narrowVendorList(json as VendorList, vendors);
}

/**
 * Starts TCF. Returns null (after one console.error naming the key) when the block is invalid:
 * nothing is then defined and nothing granted.
 */
export function startTcf(deps: TcfDeps): TcfHandle | null {
  const { config, errors } = validateTcfConfig(deps.config);
  if (config && !deps.site.categories.includes(config.category))
    errors.push(`tcf.category: '${config.category}' is not one of the config's categories`);
  if (!config || errors.length) {
    deps.log('invalid tcf config: ' + errors.join('; '));
    return null;
  }
  const now = deps.now ?? Date.now;
  const loadScreens = siblingLoader(ownScript);
  // Calls made while the vendor list loads are queued (a site that inlined the stub already has one).
  installStub();
  const storage = cookieStorage({ ...deps.site.cookie, name: TC_COOKIE, expiresDays: config.askAgainDays });

  let list: VendorList | undefined;
  let gvl: ReturnType<typeof libraryGvl> | undefined;
  /** The string `__tcfapi` serves, and whether it records an affirmative act (a stored choice). */
  let served: { tcString: string; signals: TcfSignals; chosen: boolean } | undefined;
  /** Bumped by every choice: a UI close that a choice follows in the same task is not a re-confirmation. */
  let choices = 0;
  /** cmpuishown was sent and the UI has not closed since (the core may say "shown" twice). */
  let shown = false;

  // The API takes over the stub's queue now; calls other than ping wait for its first answer.
  const providers = config.addtlConsent;
  const cmp = createCmp(config.cmpId, config.cmpVersion, () => ({
    ...(deps.site.googleConsentMode && { enableAdvertiserConsentMode: true }),
    ...(providers.length && { addtlConsent: acString(providers, !!served?.signals.purposeConsents.length) }),
  }));

  const build = (kind: Parameters<typeof signalsFor>[0] | TcfSignals, consentScreen: number) => {
    const signals = typeof kind == 'string' ? signalsFor(kind, list!, config) : kind;
    return {
      signals,
      tcString: encodeTcString({ list: list!, gvl: gvl!, config, signals, consentScreen, now: now() }),
    };
  };

  const showUi = () => {
    if (shown) return;
    shown = true;
    // A reader who reopens keeps what they chose; otherwise, before any act: no consent at all.
    if (!served?.chosen) served = { ...build('transparency', 1), chosen: false };
    cmp.update(served.tcString, true);
  };

  const choose = (action: TcfAction, consent: ConsentRecord, chosen?: TcfSignals) => {
    choices++;
    shown = false;
    const granted = consent.categories.includes(config.category);
    // "Accept all" that did not grant the TCF category (Global Privacy Control) grants no TCF consent
    // either; a saved selection is consent only through the category, special features never.
    const kind =
      action == 'reject-all' || (action == 'save' && !granted)
        ? 'reject-all'
        : !granted
          ? 'transparency'
          : action == 'accept-all'
            ? 'accept-all'
            : 'consent-without-special-features';
    // The second layer's own switches, when it handed them over, are the reader's TCF choice itself.
    served = { ...build(action == 'save' && chosen ? chosen : kind, action == 'save' ? 2 : 1), chosen: true };
    if (!storage.write(served.tcString))
      deps.log(`${TC_COOKIE} could not be stored: the choice holds for this page only`, 1);
    cmp.update(served.tcString, false);
  };

  const handle = (event: CoreEvent) => {
    if (!list) return;
    if (event.type == 'choice') return choose(event.action, event.consent, event.tcf);
    if (event.visible) return showUi();
    // The UI closed after a choice: that choice already answered this showing.
    if (!shown) return;
    shown = false;
    // Closed without a choice: the earlier choice stands (re-confirmed), unless a choice comes with the close.
    const before = choices;
    setTimeout(() => before == choices && served?.chosen && cmp.update(served.tcString, false));
  };

  // Events that come while the vendor list loads are handled, in order, once it is there.
  const pending: CoreEvent[] = [];
  let loaded = false;
  const unsubscribe = deps.consent.subscribe((event) => (loaded ? handle(event) : pending.push(event)));

  /**
   * A returning reader is answered at once, from the stored string, when it passes every check that
   * needs no vendor list and discloses every configured vendor: `tcloaded` comes as soon as this file
   * runs, not after the vendor list's download and reading (Google's tags wait 500 ms at most). The
   * list's own check, a policy-version rise, follows once it is loaded, and asks the reader again.
   */
  const returning = deps.consent.current();
  const stored = storage.read();
  const model = returning && stored ? decodeTcString(stored) : undefined;
  const servedEarly =
    !!model &&
    !deps.consent.uiVisible() &&
    !staleWithoutList(model, config, now(), returning!.ts) &&
    config.vendors.every((id) => model.vendorsDisclosed.has(id));
  if (servedEarly) {
    served = { tcString: stored!, signals: signalsOf(model), chosen: true };
    cmp.update(stored!, false);
  }

  const ready = loadVendorList(config.gvl, config.vendors).then(
    (loadedList) => {
      if (loadedList.missing.length)
        deps.log(
          `tcf.vendors: ${loadedList.missing} not in the vendor list (or deleted): never shown, never disclosed`,
          1,
        );
      list = loadedList.list;
      gvl = libraryGvl(list, deps.site.language);
      cmp.setVendorList(list);
      const record = deps.consent.current();
      const stale = stored && staleReason(stored, list, config, now(), record?.ts);
      if (stored && (stale || !record)) storage.clear();
      const standing = record && stored && !stale;
      // What was served early no longer stands (the policy version rose): the reader is asked below.
      if (!standing) served = undefined;
      // A choice made while the list loaded: it makes the string (below), nobody is asked again.
      if (pending.some((event) => event.type == 'choice')) {
        if (deps.consent.uiVisible()) showUi();
      } else if (standing) {
        if (!servedEarly) {
          served = { tcString: stored, signals: signalsOf(stored), chosen: true };
          // tcloaded, or cmpuishown when the reader already has the preferences open.
          if (deps.consent.uiVisible()) showUi();
          else cmp.update(stored, false);
        }
      } else if (record) {
        // Our choice stands but the TC string does not: the reader must be asked again (R40).
        deps.log(`asking again for TCF: ${stale || `no ${TC_COOKIE}`}`, 1);
        deps.consent.askAgain();
        if (deps.consent.uiVisible()) showUi();
      } else if (deps.consent.uiVisible()) showUi();
      loaded = true;
      for (const event of pending.splice(0)) handle(event);
    },
    (error: unknown) => {
      // No vendor list, no TCF: ping says 'error', and no vendor reads a signal from us from now on.
      deps.log(`TCF is off: ${(error as Error)?.message ?? error}`);
      cmp.setVendorList(null);
      cmp.disable();
      loaded = true;
    },
  );

  return {
    tcString: () => (served?.chosen ? served.tcString : undefined),
    ready,
    stop: unsubscribe,
    config,
    vendorList: () => list,
    signals: () => structuredClone(served?.chosen ? served.signals : signalsFor('transparency', list!, config)),
    screens: () =>
      (
        deps.loadScreens ?? (() => loadScreens(deps.screensFile ? { ...SCREENS, file: deps.screensFile } : SCREENS))
      )().then((file) => {
        if (file) return file as TcfScreensFile;
        unsubscribe();
        deps.log('the TCF screens could not be loaded: no choice on this page reaches TCF');
        return undefined;
      }),
  };
}
