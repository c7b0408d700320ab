/**
 * The parts every downloaded file's name is made of, so that backups, exchange files, benchmarks
 * and reports are named alike.
 */

/** Lower-case ASCII words joined by dashes, at most `max` characters: "Één Kade" -> "een-kade". */
export function fileSlug(text: string, max: number): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

/** "2026-12-02": the calendar day in the user's time zone, the day the user sees. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
