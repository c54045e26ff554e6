import type { ImportFormat } from './api/import-year-mutation';

/** A year file is a few kilobytes; anything near this is not a calendar of one year. */
export const MAX_IMPORT_BYTES = 1_000_000;

export const YEAR_RANGE = { min: 2000, max: 2100 } as const;

/**
 * JSON or XML: the content decides when it plainly starts as one or the other, the extension
 * otherwise (an empty or garbled file still goes to the server, which says what is wrong).
 */
export function detectFormat(fileName: string, content: string): ImportFormat | null {
  const start = content.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{')) return 'json';
  if (start.startsWith('<')) return 'xml';
  const name = fileName.toLowerCase();
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.xml')) return 'xml';
  return null;
}

/** The year the file says it describes (`"year": 2026` or `<calendar year="2026">`), if it says. */
export function detectYear(format: ImportFormat, content: string): number | null {
  if (format === 'json') {
    try {
      const parsed: unknown = JSON.parse(content.replace(/^\uFEFF/, ''));
      const year =
        parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>).year : null;
      return typeof year === 'number' && Number.isInteger(year) ? year : null;
    } catch {
      return null;
    }
  }
  const match = /<calendar\b[^>]*\byear\s*=\s*["'](\d{4})["']/.exec(content);
  return match ? Number(match[1]) : null;
}

export const formatNames: Record<ImportFormat, string> = {
  json: 'JSON',
  xml: 'XML (xmlcalendar)',
};

/** The file's text (UTF-8); FileReader rather than `Blob.text()`, which older engines lack. */
export function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('Файл не читается'));
    reader.readAsText(file, 'utf-8');
  });
}
