import { describe, expect, it } from 'vitest';
import { localize } from '../../src/domain/localize';

describe('localize', () => {
  it('picks the requested language', () => {
    expect(localize({ 'nl-BE': 'Kader', en: 'Framework' }, 'en')).toBe('Framework');
  });
  it('falls back to nl-BE when the language is missing or empty', () => {
    expect(localize({ 'nl-BE': 'Kader', en: '' }, 'en')).toBe('Kader');
    expect(localize({ 'nl-BE': 'Kader' }, 'fr')).toBe('Kader');
  });
  it('returns an empty string for no text', () => {
    expect(localize(undefined, 'en')).toBe('');
  });
});
