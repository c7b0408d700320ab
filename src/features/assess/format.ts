import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/localize';
import type { Scale } from '../../schemas/framework';

export interface Formatters {
  date: (iso: string) => string;
  dateTime: (iso: string) => string;
  time: (date: Date) => string;
}

/** Dates and times in the user's language (Intl), rebuilt when the language changes. */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
    const dateTime = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
    const time = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' });
    const safe = (f: Intl.DateTimeFormat, iso: string) => {
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : f.format(d);
    };
    return {
      date: (iso) => safe(date, iso),
      dateTime: (iso) => safe(dateTime, iso),
      time: (d) => time.format(d),
    };
  }, [lang]);
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** "3 – In uitvoering": the value and the scale's label of a level. */
export function levelText(scale: Scale | undefined, value: number, lang: string): string {
  const level = scale?.levels.find((l) => l.value === value);
  return level ? `${value} – ${capitalise(localize(level.label, lang))}` : String(value);
}
