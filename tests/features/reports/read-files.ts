import { unzipSync, strFromU8 } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const STANDARD_FONTS = join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts/');

/** The text of every page of a PDF as pdf.js reads it, whitespace collapsed. */
export async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    standardFontDataUrl: STANDARD_FONTS,
    isEvalSupported: false,
  }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= doc.numPages; i += 1) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str);
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { pages, text: parts.join(' ').replace(/\s+/g, ' ') };
}

/** The files of a .docx (a zip), and the text of its body and footer, whitespace collapsed. */
export function docxContent(bytes: Uint8Array): {
  files: string[];
  xml: string;
  footerXml: string;
  text: string;
} {
  const zip = unzipSync(bytes);
  const xml = strFromU8(zip['word/document.xml']!);
  const footerXml = Object.entries(zip)
    .filter(([name]) => /^word\/footer\d*\.xml$/.test(name))
    .map(([, data]) => strFromU8(data))
    .join('');
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  const text = [...(xml + footerXml).matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => unescape(m[1]!))
    .join(' ')
    .replace(/\s+/g, ' ');
  return { files: Object.keys(zip), xml, footerXml, text };
}

/** Whitespace collapsed, as the readers above return text. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Whether `text` holds `part`, ignoring whitespace: a table cell wraps its text over lines (after
 * a hyphen or a slash too), which a PDF reader gives back as separate pieces.
 */
export const holds = (text: string, part: string) =>
  text.replace(/\s+/g, '').includes(part.replace(/\s+/g, ''));
