/** Plain-text tables for the terminal: aligned columns, long cells cut with an ellipsis. */

export function table(headers: string[], rows: string[][], maxWidths: number[] = [], indent = '  '): string {
  const cut = (text: string, max: number | undefined) =>
    max && text.length > max ? text.slice(0, max - 1) + '…' : text;
  const cells = [headers, ...rows].map((row) =>
    row.map((cell, i) => cut(String(cell ?? '').replace(/\s+/g, ' '), maxWidths[i])),
  );
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) =>
    indent +
    row
      .map((cell, i) => (i == row.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(cells[0]!), indent + widths.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join(
    '\n',
  );
}

/** `3 cookies`, `1 cookie`. */
export const plural = (n: number, word: string, many = word + 's') => `${n} ${n == 1 ? word : many}`;
