/** Deletes the cookies this page can see that `which` picks; returns their names. */
function deleteCookies(which: (name: string) => boolean): string[] {
  const names = document.cookie
    .split(';')
    .map((c) => c.split('=')[0]!.trim())
    .filter((name) => name && which(name));
  for (const name of names) document.cookie = `${name}=; Max-Age=0; Path=/`;
  return names;
}

/**
 * Deletes the cookies this page can see (those `which` picks; all by default) and resolves once the
 * deletion holds. In WebKitGTK a cookie the page deletes within a few milliseconds of setting it can
 * show up again in `document.cookie` for a moment, up to 30 ms later (measured: 5 of 150
 * set-then-delete pairs back-to-back, none of 300 five or more ms apart; never in Chromium (450) or
 * Firefox (300)): a test's "Accept all", deleted right after it, was then read by the next test's
 * new element, which showed no banner. So after deleting anything, the cookies are read every 5 ms
 * until none of them has been seen for 60 ms, and deleted again whenever one is.
 */
export async function clearCookies(which: (name: string) => boolean = () => true): Promise<void> {
  let names = deleteCookies(which);
  const start = performance.now();
  for (let clean = 0; names.length && clean < 60; clean += 5) {
    if (performance.now() - start > 3000) throw new Error(`deleted cookies (${names}) keep coming back`);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const back = deleteCookies(which);
    if (back.length) [names, clean] = [back, -5];
  }
}
