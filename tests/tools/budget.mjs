// Prints the gzipped size of the JavaScript the first screen loads (the entry script and
// its static imports, as listed in the built index.html) and of all JavaScript, and fails
// when the first screen is over budget. Run after `vite build`.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KIB = 170;
const dist = 'dist';
if (!existsSync(join(dist, 'index.html'))) {
  console.error('No build found in dist/: run "npm run build" first.');
  process.exit(1);
}
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

// Scripts and modulepreloads in index.html are exactly what the browser fetches before
// the first screen renders; lazily imported chunks are not listed there.
const firstScreen = new Set();
for (const m of html.matchAll(
  /<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/?([^"]+\.js)"/g,
)) {
  firstScreen.add(m[1]);
}
// Follow static imports inside those chunks too, in case Vite did not list them all.
const queue = [...firstScreen];
while (queue.length) {
  const file = queue.pop();
  const code = readFileSync(join(dist, file), 'utf8');
  for (const m of code.matchAll(
    /(?:^|[;}\n])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g,
  )) {
    const dep = join('assets', m[1]);
    if (!firstScreen.has(dep)) {
      firstScreen.add(dep);
      queue.push(dep);
    }
  }
}
const allJs = readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => join('assets', f));
const kib = (n) => (n / 1024).toFixed(1);
const firstBytes = [...firstScreen].reduce((s, f) => s + gz(f), 0);
const totalBytes = allJs.reduce((s, f) => s + gz(f), 0);

console.log(
  `First-screen JavaScript: ${kib(firstBytes)} KiB gzipped (${firstScreen.size} files; budget ${BUDGET_KIB} KiB)`,
);
console.log(`All JavaScript:          ${kib(totalBytes)} KiB gzipped (${allJs.length} files)`);
if (firstBytes > BUDGET_KIB * 1024) {
  console.error(`Over budget by ${kib(firstBytes - BUDGET_KIB * 1024)} KiB.`);
  process.exit(1);
}
