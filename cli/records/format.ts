/**
 * How `records show` and `records export` print stored proofs: JSON lines (one proof a line, the
 * receive time first), or CSV with fixed columns for a spreadsheet, the whole proof in the last.
 */
import type { StoredRecord } from './store.js';

export type Format = 'jsonl' | 'csv';

const CSV_COLUMNS = [
  'received',
  'id',
  'v',
  'rev',
  'ts',
  'asked',
  'categories',
  'services',
  'gpc',
  'language',
  'url',
  'proof',
];
/** Lists of names, one cell each, space-separated as a spreadsheet reads them best. */
const NAME_LISTS = new Set(['asked', 'categories']);

/** RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled. */
const csvField = (value: unknown): string => {
  const text = value === undefined ? '' : typeof value == 'string' ? value : JSON.stringify(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export const csvHeader = (): string => CSV_COLUMNS.join(',') + '\r\n';

/** One record as a line of `format`. */
export function formatRecord(record: StoredRecord, format: Format): string {
  if (format == 'jsonl') return JSON.stringify(record) + '\n';
  const { received, ...proof } = record;
  const cells = CSV_COLUMNS.map((column) =>
    column == 'proof'
      ? csvField(proof)
      : NAME_LISTS.has(column) && Array.isArray(record[column])
        ? csvField((record[column] as string[]).join(' '))
        : csvField(record[column]),
  );
  cells[0] = csvField(received);
  return cells.join(',') + '\r\n';
}

/**
 * Writes `records` to `write` in `format`, awaiting each write (back-pressure: a slow reader slows
 * the database reads, nothing piles up). Returns how many records it wrote.
 */
export async function writeRecords(
  records: AsyncIterable<StoredRecord> | Iterable<StoredRecord>,
  format: Format,
  write: (chunk: string) => Promise<void>,
): Promise<number> {
  let count = 0;
  if (format == 'csv') await write(csvHeader());
  for await (const record of records) {
    await write(formatRecord(record, format));
    count++;
  }
  return count;
}
