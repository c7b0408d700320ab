/** Browser file edges shared by features: reading a chosen file, offering one for download. */

/** File.text() is missing in some engines (and in jsdom); FileReader works everywhere. */
export function readFileText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file);
  });
}

/**
 * How long the object URL outlives the click. Browsers start the download asynchronously and
 * some (older Safari, Firefox) fail when the URL is revoked right away; a backup is small, so
 * holding it a little longer costs nothing.
 */
export const REVOKE_DELAY_MS = 30_000;

/**
 * Offers `text` as a file download through a temporary <a download>. Throws when the browser
 * refuses (no Blob/object URL support, blocked downloads); the caller reports it.
 */
export function downloadTextFile(text: string, filename: string, type = 'application/json'): void {
  downloadBytes(text, filename, type);
}

/** Offers bytes (a PDF, a Word file) as a download; throws like downloadTextFile. */
export function downloadBytes(bytes: Uint8Array | string, filename: string, type: string): void {
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.rel = 'noopener';
    link.hidden = true;
    document.body.appendChild(link);
    try {
      link.click();
    } finally {
      link.remove();
    }
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
  }
}
