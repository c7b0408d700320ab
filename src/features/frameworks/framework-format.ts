/** Small formatting helpers shared by the framework pages (no React, no i18n state). */

/**
 * Formats an ISO calendar date (YYYY-MM-DD) in the UI language. Parsed as UTC and formatted in
 * UTC so the day never shifts with the device's time zone.
 */
export function formatIsoDate(iso: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (Number.isNaN(date.getTime())) return iso;
  try {
    // English means British English: day-month-year dates.
    const locale = language === 'en' ? 'en-GB' : language;
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return iso;
  }
}

export function formatNumber(value: number, language: string): string {
  try {
    return new Intl.NumberFormat(language).format(value);
  } catch {
    return String(value);
  }
}

/** The URL of a framework's detail page, optionally pointing at one criterion. */
export function frameworkPath(id: string, version: string, criterionId?: string): string {
  const base = `/kader/${encodeURIComponent(id)}/${encodeURIComponent(version)}`;
  return criterionId ? `${base}#${encodeURIComponent(criterionId)}` : base;
}

/** The criterion id a location hash points at ("#signalen-herkennen"), or null. */
export function hashTarget(hash: string): string | null {
  if (!hash || hash === '#') return null;
  try {
    return decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return null;
  }
}

/** Best-effort id and version from a framework file's text, for messages about refused files. */
export function peekIdAndVersion(text: string): { id: string; version: string } {
  try {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const value: unknown = JSON.parse(body);
    if (value && typeof value === 'object') {
      const { id, version } = value as { id?: unknown; version?: unknown };
      return {
        id: typeof id === 'string' ? id : '?',
        version: typeof version === 'string' ? version : '?',
      };
    }
  } catch {
    // Only called for files the loader accepted, so this is not expected to happen.
  }
  return { id: '?', version: '?' };
}
