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
  it('prefers nl-BE over other languages when the requested one is missing', () => {
    expect(localize({ fr: 'Cadre', 'nl-BE': 'Kader' }, 'en')).toBe('Kader');
  });
  it('falls back to the first language that has text when nl-BE has none', () => {
    expect(localize({ en: 'Framework' }, 'fr')).toBe('Framework');
    expect(localize({ 'nl-BE': '', de: '', en: 'Framework', fr: 'Cadre' }, 'es')).toBe('Framework');
  });
  it('returns an empty string for no text', () => {
    expect(localize(undefined, 'en')).toBe('');
    expect(localize({}, 'en')).toBe('');
    expect(localize({ 'nl-BE': '', en: '' }, 'en')).toBe('');
  });
});
