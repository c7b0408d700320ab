/**
 * Turns a Message (a `problems` catalogue key with parameters, as io, db and domain return them)
 * into a sentence in the reader's language. The one renderer for the app and the CLI: it runs
 * its own i18next instance over the catalogue JSON, so it needs neither the app's lazy loading
 * nor a browser.
 */
import i18next from 'i18next';
import { formatBytes } from '../domain/format-bytes';
import type { Message } from '../domain/message';
import en from './locales/en/problems.json';
import nl from './locales/nl-BE/problems.json';

type RenderLanguage = 'nl-BE' | 'en';

const catalogue = i18next.createInstance();
void catalogue.init({
  resources: { 'nl-BE': { problems: nl }, en: { problems: en } },
  lng: 'nl-BE',
  fallbackLng: 'nl-BE',
  supportedLngs: ['nl-BE', 'en'],
  ns: ['problems'],
  defaultNS: 'problems',
  // Plain text for React (which escapes) and the terminal; parameters are never read as markup,
  // nor as nested keys or further placeholders (i18next's skipOnVariables, the default).
  interpolation: { escapeValue: false },
  initAsync: false,
});
// `{{size, bytes}}`: a byte count in the sentence's language ("2,5 MB").
catalogue.services.formatter?.add('bytes', (value: unknown, lng: string | undefined) =>
  formatBytes(Number(value), lng ?? 'nl-BE'),
);
// `{{expected, capitalise}}`: a nested phrase that opens an English sentence.
catalogue.services.formatter?.add('capitalise', (value: unknown) => {
  const text = String(value);
  return text.charAt(0).toUpperCase() + text.slice(1);
});

const fixed = {
  'nl-BE': catalogue.getFixedT('nl-BE', 'problems'),
  en: catalogue.getFixedT('en', 'problems'),
};

/** The sentence of `message` in `lang` (any language other than English reads Dutch). */
export function renderMessage(message: Message, lang: string): string {
  return render(message, lang === 'en' ? 'en' : 'nl-BE');
}

function render(message: Message, lang: RenderLanguage): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params ?? {})) {
    params[name] = typeof value === 'object' ? render(value, lang) : value;
  }
  const text = fixed[lang](message.key, params);
  const max = message.maxLength;
  return max === undefined || text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
