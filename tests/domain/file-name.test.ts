import { describe, expect, it } from 'vitest';
import { fileSlug, localDay } from '../../src/domain/file-name';

describe('fileSlug', () => {
  it('keeps lower-case ASCII words joined by single dashes', () => {
    expect(fileSlug('  Ronde één: Voorjaar 2026! ', 40)).toBe('ronde-een-voorjaar-2026');
    expect(fileSlug('GI-Kempen', 30)).toBe('gi-kempen');
    expect(fileSlug('ﬁlm – Sint-Niklaas', 30)).toBe('film-sint-niklaas');
  });

  it('cuts at the limit without leaving a dash at the end', () => {
    expect(fileSlug('de kade van antwerpen', 7)).toBe('de-kade');
    expect(fileSlug('de kade van antwerpen', 8)).toBe('de-kade');
    expect(fileSlug('!!!', 10)).toBe('');
  });
});

describe('localDay', () => {
  it('is the calendar day of the local clock, padded', () => {
    expect(localDay(new Date(2027, 0, 5, 0, 1))).toBe('2027-01-05');
    expect(localDay(new Date(2026, 10, 28, 23, 59))).toBe('2026-11-28');
  });
});
