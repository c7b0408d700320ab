import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface Formatters {
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
  date: (iso: string) => string;
}

/** Number and date formatting in the chosen language; rounding happens only here. */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return useMemo(() => {
    const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
    const oneDecimal = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
    const signed = new Intl.NumberFormat(lang, {
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    });
    const plain = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    const dateFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
    return {
      pct: (value) => percent.format(value / 100),
      ratio: (value) => percent.format(value),
      points: (value) => oneDecimal.format(value),
      signedPoints: (value) => signed.format(value),
      num: (value) => plain.format(value),
      date: (iso) => {
        const time = Date.parse(iso);
        return Number.isNaN(time) ? iso : dateFormat.format(new Date(time));
      },
    };
  }, [lang]);
}
