/** Text in several languages, as framework files carry it. */
export type LocalizedText = Readonly<Partial<Record<string, string>>>;

/**
 * Picks the text in the user's language, falling back to nl-BE (always present in a valid
 * framework) and then to any language, so a label is never blank.
 */
export function localize(text: LocalizedText | undefined, lang: string): string {
  if (!text) return '';
  return text[lang] || text['nl-BE'] || Object.values(text).find((v) => !!v) || '';
}
