import { describe, expect, it } from 'vitest';
import { ROUND_PROBLEM_CODES } from '../../src/domain/validate-round';
import en from '../../src/i18n/locales/en/validation.json';
import nl from '../../src/i18n/locales/nl-BE/validation.json';

describe('round problem messages', () => {
  it.each([
    ['nl-BE', nl],
    ['en', en],
  ])('%s has a sentence for every problem code and no other', (_lang, catalogue) => {
    expect(Object.keys(catalogue.round).sort()).toEqual([...ROUND_PROBLEM_CODES].sort());
  });
});
