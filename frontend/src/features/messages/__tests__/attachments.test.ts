import { describe, expect, it } from 'vitest';
import { acceptOf, checkFiles, formatSize } from '../attachments';

const rules = {
  maxFileSize: 1024 * 1024,
  maxMessageSize: 2 * 1024 * 1024,
  maxFiles: 2,
  formats: [
    { mediaType: 'application/pdf', label: 'PDF', extensions: ['pdf'] },
    { mediaType: 'image/tiff', label: 'TIFF', extensions: ['tif', 'tiff'] },
  ],
};

const file = (name: string, size: number) => new File([new Uint8Array(size)], name);

describe('checkFiles', () => {
  it('accepts files of allowed formats within the limits', () => {
    expect(checkFiles([file('скан.PDF', 1000), file('конверт.tif', 2000)], rules)).toEqual([]);
  });

  it('names an oversized file, an empty one and one of a format never accepted', () => {
    const messages = checkFiles(
      [file('big.pdf', 1024 * 1024 + 1), file('empty.pdf', 0)],
      rules,
    ).map((w) => w.message);
    expect(messages).toEqual([
      'Файл «big.pdf» — 1 МБ, можно не больше 1 МБ',
      'Файл «empty.pdf» пустой',
    ]);
    expect(checkFiles([file('setup.exe', 10)], rules)[0].message).toBe(
      'Файл «setup.exe» не подойдёт: принимаются PDF, TIFF',
    );
  });

  it('counts the files and their total size', () => {
    const messages = checkFiles(
      [file('1.pdf', 900_000), file('2.pdf', 900_000), file('3.pdf', 900_000)],
      rules,
    ).map((w) => w.message);
    expect(messages).toContain('Можно приложить не больше 2 файлов');
    expect(messages).toContain('Все файлы вместе — 2,6 МБ, можно не больше 2 МБ');
  });

  it('has nothing to say before the rules are known', () => {
    expect(checkFiles([file('setup.exe', 10)], undefined)).toEqual([]);
  });
});

describe('formatSize and acceptOf', () => {
  it('writes sizes the Russian way', () => {
    expect(formatSize(512)).toBe('512 байт');
    expect(formatSize(1536)).toBe('1,5 КБ');
    expect(formatSize(10 * 1024 * 1024)).toBe('10 МБ');
  });

  it('lists extensions and types for the file dialog', () => {
    expect(acceptOf(rules)).toBe('.pdf,application/pdf,.tif,.tiff,image/tiff');
  });
});
