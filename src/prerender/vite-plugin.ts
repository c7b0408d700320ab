/**
 * Prerenders each area's first screen into static HTML after the client build. It builds
 * src/prerender/entry-server.tsx with Vite's SSR build, renders every route of
 * PRERENDER_ROUTES with react-dom/static, and writes the result into the built index.html
 * (which stays the template: same scripts, CSP and manifest). Runs in writeBundle, before
 * vite-plugin-pwa generates the service worker in closeBundle, so the pages are precached.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type ResolvedConfig, type Rollup } from 'vite';
import react from '@vitejs/plugin-react';
import { PRERENDER_ROUTES, prerenderFile, type PrerenderRoute } from './routes.ts';

type RenderFn = (path: string) => Promise<{ html: string; lang: string }>;

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** Files a chunk needs before it can run: itself and its static imports, with their CSS. */
function chunkAssets(
  bundle: Rollup.OutputBundle,
  chunk: Rollup.OutputChunk,
  seen = new Set<string>(),
): { js: string[]; css: string[] } {
  const js: string[] = [];
  const css: string[] = [];
  const visit = (c: Rollup.OutputChunk) => {
    if (seen.has(c.fileName)) return;
    seen.add(c.fileName);
    js.push(c.fileName);
    for (const file of c.viteMetadata?.importedCss ?? []) css.push(file);
    for (const dep of c.imports) {
      const next = bundle[dep];
      if (next?.type === 'chunk') visit(next);
    }
  };
  visit(chunk);
  return { js, css };
}

function findChunk(bundle: Rollup.OutputBundle, moduleId: string): Rollup.OutputChunk {
  for (const out of Object.values(bundle)) {
    if (out.type === 'chunk' && out.facadeModuleId === moduleId) return out;
  }
  throw new Error(`prerender: no chunk for ${moduleId}`);
}

export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'kk-prerender',
    apply: (userConfig, env) =>
      env.isPreview === true || (env.command === 'build' && !userConfig.build?.ssr),
    configResolved(resolved) {
      config = resolved;
    },
    // `vite preview` sends the CSP as a header too; give it the built pages' style hashes.
    configurePreviewServer(server) {
      const index = resolve(server.config.root, server.config.build.outDir, 'index.html');
      const headers = server.config.preview.headers;
      const header = headers?.['Content-Security-Policy'];
      if (!headers || typeof header !== 'string' || !existsSync(index)) return;
      const meta = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(
        readFileSync(index, 'utf8'),
      )?.[1];
      const styleSrc = meta && /style-src [^;]*/.exec(meta)?.[0];
      if (styleSrc)
        headers['Content-Security-Policy'] = header.replace(/style-src [^;]*/, styleSrc);
    },
    async writeBundle(output, bundle) {
      const root = config.root;
      const outDir = output.dir ?? resolve(root, config.build.outDir);
      // Inside node_modules, so Node resolves the server bundle's imports (react, ...).
      mkdirSync(join(root, 'node_modules'), { recursive: true });
      const serverDir = mkdtempSync(join(root, 'node_modules', '.kk-prerender-'));
      try {
        await build({
          configFile: false,
          root,
          logLevel: 'warn',
          mode: config.mode,
          plugins: [react()],
          build: {
            ssr: resolve(root, 'src/prerender/entry-server.tsx'),
            outDir: serverDir,
            emptyOutDir: true,
            target: 'node20',
            rollupOptions: { output: { format: 'es', entryFileNames: 'entry-server.mjs' } },
          },
        });
        const { render } = (await import(
          pathToFileURL(join(serverDir, 'entry-server.mjs')).href
        )) as { render: RenderFn };

        const template = readFileSync(join(outDir, 'index.html'), 'utf8');
        const entryFiles = new Set(
          [...template.matchAll(/(?:src|href)="\/([^"]+)"/g)].map((m) => m[1]!),
        );
        const entryCss = [
          ...template.matchAll(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)">/g),
        ].map((m) => m[1]!);

        const pages = [];
        for (const route of PRERENDER_ROUTES) {
          const { html, lang } = await render(route.path);
          pages.push({ route, html, lang, ...routeAssets(route, lang) });
        }
        // The first screen's CSS is inlined: a linked stylesheet blocks the first paint until
        // it arrives, and by then the entry script has arrived too and runs first. The CSP
        // allows these exact styles by hash; the policy is the same on every page.
        const styles = new Map<string, string>();
        for (const file of [...entryCss, ...pages.flatMap((p) => p.css)]) {
          if (styles.has(file)) continue;
          const css = readFileSync(join(outDir, file), 'utf8');
          if (/<\/style/i.test(css)) throw new Error(`prerender: ${file} cannot be inlined`);
          styles.set(file, css);
        }
        const hashes = [...new Set(styles.values())].map(
          (css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`,
        );
        const withPolicy = template.replace(
          /(<meta http-equiv="Content-Security-Policy" content="[^"]*style-src 'self')/,
          `$1 ${hashes.join(' ')}`,
        );
        if (withPolicy === template) throw new Error('prerender: no style-src in the CSP meta');

        for (const page of pages) {
          const inline = (file: string) => `<style>${styles.get(file)!}</style>`;
          let out = withPolicy.replace(
            /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)">/g,
            (_m, file: string) => inline(file),
          );
          out = fillTemplate(out, page.route, page.html, page.lang, [
            ...page.css.filter((f) => !entryFiles.has(f)).map(inline),
            ...page.js
              .filter((f) => !entryFiles.has(f))
              .map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`),
          ]);
          const file = join(outDir, prerenderFile(page.route.path));
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, out);
        }

        /** The area's chunks (to preload) and CSS (to inline) that a route's page needs. */
        function routeAssets(route: PrerenderRoute, lang: string) {
          const js: string[] = [];
          const css: string[] = [];
          const seen = new Set<string>();
          const add = (chunk: Rollup.OutputChunk) => {
            const assets = chunkAssets(bundle, chunk, seen);
            js.push(...assets.js);
            css.push(...assets.css);
          };
          if (route.area) add(findChunk(bundle, resolve(root, 'src', route.area)));
          for (const ns of route.namespaces ?? []) {
            add(findChunk(bundle, resolve(root, 'src/i18n/locales', lang, `${ns}.json`)));
          }
          return { js, css };
        }
      } finally {
        rmSync(serverDir, { recursive: true, force: true });
      }
    },
  };
}

function fillTemplate(
  template: string,
  route: PrerenderRoute,
  appHtml: string,
  lang: string,
  links: string[],
): string {
  let page = template.replace(
    /<html lang="[^"]*">/,
    `<html lang="${escapeAttr(lang)}" data-prerendered-path="${escapeAttr(route.path)}" data-prerendered-lang="${escapeAttr(lang)}">`,
  );
  const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(appHtml)?.[1];
  if (heading) {
    page = page.replace(/<title>([^<]*)<\/title>/, (_m, app: string) => {
      return `<title>${heading.replace(/<[^>]+>/g, '')} · ${app}</title>`;
    });
  }
  if (!page.includes('<div id="root"></div>')) throw new Error('prerender: no empty #root');
  page = page.replace('<div id="root"></div>', () => `<div id="root">${appHtml}</div>`);
  return page.replace('</head>', () => `  ${links.join('\n    ')}\n  </head>`);
}
