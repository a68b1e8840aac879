/**
 * The consent-records service as a library, for a site that mounts it in its own Node server
 * (the demo's scripts/serve-demo.mjs does):
 *   import { openDatabase, migrate, createService } from 'cookie-consent/records';
 * Needs @electric-sql/pglite (embedded) or pg (DATABASE_URL) installed; never puppeteer-core.
 */
export { validateConfig } from '../../src/core/config.js';
export { openDatabase, openEmbedded, openPostgres, SetupError } from './database.js';
export type { Database } from './database.js';
export { createService, jsonLog, MAX_BODY_BYTES } from './service.js';
export type { Log, Service, ServiceOptions } from './service.js';
export { exportRange, findById, migrate, purgeOlderThan } from './store.js';
export type { Range, StoredRecord } from './store.js';
export { checkProof, consentCookie } from './proof.js';
