import { createHash } from 'node:crypto';

/**
 * The one inline script of the app, run in <head> before the body is painted. The static
 * HTML is in nl-BE and for one route; when the visitor chose another language earlier, or
 * the host served this page for another URL (the SPA fallback of a deep link), it hides the
 * root until the app has rendered the right content (class removed by main.tsx; a CSS
 * animation shows it anyway after a few seconds should the script never run). So there is
 * no flash of Dutch text or of the wrong page. Inside a frame it holds too: main.tsx renders
 * nothing inside a frame of another origin (clickjacking), and the static page must not show
 * there either. Allowed by its hash in the CSP, not by
 * 'unsafe-inline'.
 */
export const PAINT_HOLD_CLASS = 'kk-hold';

export const PAINT_HOLD_SCRIPT =
  "(function(){var h=document.documentElement,p=location.pathname.replace(/\\/+$/,'')||'/',l=null;" +
  "try{l=localStorage.getItem('kwaliteitskader.language')}catch(e){}" +
  "if(top!==self||p!==h.getAttribute('data-prerendered-path')||(l&&l!==h.getAttribute('data-prerendered-lang')))" +
  `h.classList.add('${PAINT_HOLD_CLASS}')})()`;

/** The CSP source that allows exactly this script. */
export const PAINT_HOLD_HASH = `'sha256-${createHash('sha256').update(PAINT_HOLD_SCRIPT).digest('base64')}'`;
