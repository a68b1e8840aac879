/**
 * The embedded database admits one process at a time. While `serve` runs on a data directory it
 * keeps a file there, `server.json` (mode 0600), with its loopback URL, its process id and a random
 * token; the `records` commands find it and ask the running service over HTTP with the token,
 * instead of opening the database themselves. The file goes when the service stops; one left by a
 * killed service is recognised by its process id and ignored.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Running {
  /** Where the service answers on loopback, e.g. http://127.0.0.1:8787 */
  url: string;
  pid: number;
  /** Bearer token for the read and purge endpoints. */
  token: string;
}

export const runningFile = (dataDir: string): string => join(dataDir, 'server.json');

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists, under another user.
    return (e as NodeJS.ErrnoException).code == 'EPERM';
  }
};

/** The service running on `dataDir`, if one is. */
export function findRunning(dataDir: string): Running | undefined {
  let running: Running;
  try {
    running = JSON.parse(readFileSync(runningFile(dataDir), 'utf8')) as Running;
  } catch {
    return undefined;
  }
  if (!Number.isInteger(running.pid) || typeof running.url != 'string' || typeof running.token != 'string')
    return undefined;
  return running.pid != process.pid && alive(running.pid) ? running : undefined;
}

export function writeRunning(dataDir: string, running: Running): void {
  writeFileSync(runningFile(dataDir), JSON.stringify(running) + '\n', { mode: 0o600 });
}

export function removeRunning(dataDir: string): void {
  rmSync(runningFile(dataDir), { force: true });
}
