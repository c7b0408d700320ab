import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface Formatters {
  /** A date in medium style ("28 nov 2026"); an unreadable value is shown as it is. */
  date: (iso: string) => string;
  /** A date with the time of day. */
  dateTime: (iso: string) => string;
  /** Hours and minutes of a moment. */
  time: (date: Date) => string;
  /** A 0..100 value as a percentage, one decimal at most ("66,7%"). */
  pct: (value: number) => string;
  /** A 0..1 ratio as a percentage. */
  ratio: (value: number) => string;
  /** Percentage points, one decimal at most, without unit. */
  points: (value: number) => string;
  /** Signed percentage points ("+12,5"). */
  signedPoints: (value: number) => string;
  /** Plain number (level values, counts). */
  num: (value: number) => string;
}

/**
 * Numbers, dates and times in the user's language (Intl), rebuilt when the language changes.
 * Rounding for display happens only here.
 */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => createFormatters(language), [language]);
}

/** The formatters of one language, outside React (reports are made in a chosen language). */
export function createFormatters(language: string): Formatters {
  // English means British English here: day-month-year dates and 24-hour times.
  const lang = language === 'en' ? 'en-GB' : language;
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const time = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' });
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  const oneDecimal = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const signed = new Intl.NumberFormat(lang, {
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const plain = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  const safe = (f: Intl.DateTimeFormat, iso: string) => {
    const at = Date.parse(iso);
    return Number.isNaN(at) ? iso : f.format(new Date(at));
  };
  return {
    date: (iso) => safe(date, iso),
    dateTime: (iso) => safe(dateTime, iso),
    time: (d) => time.format(d),
    pct: (value) => percent.format(value / 100),
    ratio: (value) => percent.format(value),
    points: (value) => oneDecimal.format(value),
    signedPoints: (value) => signed.format(value),
    num: (value) => plain.format(value),
  };
}
