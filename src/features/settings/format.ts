/** Formatting helpers for the Settings area; all output follows the UI language via Intl. */

export function formatPercent(fraction: number, lang: string): string {
  const format = (value: number) =>
    new Intl.NumberFormat(lang, {
      style: 'percent',
      // Usage is often a tiny share of the quota: keep one decimal so it does not read as 0%.
      maximumFractionDigits: value < 0.1 ? 1 : 0,
    }).format(value);
  return fraction > 0 && fraction < 0.001 ? `< ${format(0.001)}` : format(fraction);
}

/** An ISO datetime as a long date with time, or null when it is missing or unreadable. */
export function formatDateTime(iso: string | null | undefined, lang: string): string | null {
  if (!iso) return null;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return null;
  // English means British English: day-month-year dates and 24-hour times.
  const locale = lang === 'en' ? 'en-GB' : lang;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(time),
  );
}

/** Sentences from the io layer exist in nl-BE and en; anything else falls back to Dutch. */
export function messageLanguage(language: string): 'nl-BE' | 'en' {
  return language === 'en' || language.startsWith('en-') ? 'en' : 'nl-BE';
}
