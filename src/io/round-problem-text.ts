import type { RoundProblem } from '../domain/validate-round';
import en from '../i18n/locales/en/validation.json';
import nl from '../i18n/locales/nl-BE/validation.json';
import type { BilingualText } from './framework-messages';

/** Fills `{{name}}` placeholders; values are already clipped by validateRound. */
function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/**
 * The sentence for a finding of validateRound, in both languages, from the `validation`
 * catalogue (the one place these sentences live; the import screen renders the same keys).
 */
export function roundProblemText(problem: RoundProblem): BilingualText {
  return {
    'nl-BE': fill(nl.round[problem.code], problem.params),
    en: fill(en.round[problem.code], problem.params),
  };
}
