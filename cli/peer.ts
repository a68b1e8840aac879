/**
 * The CLI's heavy dependencies (puppeteer-core for audit, a database driver for serve and records)
 * are optional peer dependencies: a site that installs the package to bundle the widget does not
 * download them. They load on first use; a missing one is a one-line message naming the package.
 */

/** A problem the operator must fix (missing package, database unreachable…): one line, exit 2. */
export class SetupError extends Error {}

/** Loads the optional package `name` through `load` (an `import()` of it, or of a module that imports it). */
export async function loadPeer<T>(
  name: string,
  why: string,
  load: () => Promise<unknown> = () => import(name),
): Promise<T> {
  try {
    return (await load()) as T;
  } catch (e) {
    const { code, message } = e as { code?: string; message?: string };
    if (code != 'ERR_MODULE_NOT_FOUND' || !message?.includes(`'${name}'`)) throw e;
    throw new SetupError(
      `${why} needs the package ${name}, which is not installed with the widget: run "npm install ${name}", ` +
        `or "npx -p cookie-consent -p ${name} cookie-consent …"`,
    );
  }
}
