import { describe, expect, it } from 'vitest';
import { detectFormat, detectYear } from '../import-file';

describe('detectFormat', () => {
  it.each([
    ['2026.json', '{"year": 2026}', 'json'],
    ['2026.xml', '<calendar year="2026"/>', 'xml'],
    ['calendar', '\uFEFF  <?xml version="1.0"?><calendar/>', 'xml'],
    ['calendar.txt', '\n{"year": 2026}', 'json'],
    ['mislabelled.json', '<calendar year="2026"/>', 'xml'],
    ['empty.json', '', 'json'],
    ['empty.XML', '   ', 'xml'],
    ['notes.txt', 'год 2026', null],
  ])('%s is read as %s', (name, content, expected) => {
    expect(detectFormat(name, content)).toBe(expected);
  });
});

describe('detectYear', () => {
  it('reads the year of either format and nothing else', () => {
    expect(detectYear('json', '{"year": 2027, "days": []}')).toBe(2027);
    expect(detectYear('json', '{"year": "2027"}')).toBeNull();
    expect(detectYear('json', '{broken')).toBeNull();
    expect(detectYear('xml', '<calendar lang="ru" year="2025"><days/></calendar>')).toBe(2025);
    expect(detectYear('xml', '<days year="2025"/>')).toBeNull();
  });
});
