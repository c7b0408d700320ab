/**
 * Build-time render of one route to HTML, with React's own static renderer. Built by Vite as
 * an SSR bundle and run in Node by the prerender plugin; never shipped to the browser.
 * `prerender` waits for lazy areas and message catalogues, so the HTML holds the whole first
 * screen. Pages that read the database render their loading frame, as the browser's first
 * render does, so hydration matches.
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { routes } from '../app/routes';
import { DEFAULT_LANGUAGE, i18n } from '../i18n';

export async function render(path: string): Promise<{ html: string; lang: string }> {
  await i18n.changeLanguage(DEFAULT_LANGUAGE);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const { prelude } = await prerender(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
  const html = await new Response(prelude).text();
  router.dispose();
  return { html, lang: i18n.language };
}
