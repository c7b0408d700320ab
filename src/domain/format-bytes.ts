const KB = 1000;
const MB = 1000 * KB;
const GB = 1000 * MB;

/**
 * Bytes as kB, MB or GB in `lang` (decimal units, as browsers and operating systems report disk
 * space), with at most one decimal. The one byte format of the app: storage use, file limits.
 */
export function formatBytes(bytes: number, lang: string): string {
  const [value, unit] =
    bytes >= GB
      ? [bytes / GB, 'gigabyte']
      : bytes >= MB
        ? [bytes / MB, 'megabyte']
        : [bytes / KB, 'kilobyte'];
  return new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: 1 }).format(
    value,
  );
}
