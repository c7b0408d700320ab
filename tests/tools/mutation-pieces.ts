/**
 * `npm run mutation:pieces`: the whole mutation run of src/domain and src/io, in pieces that each
 * keep their own incremental file (reports/chunks/<piece>.json), so an interrupted run loses one
 * piece, not hours (README, "Mutation testing"). A piece whose file exists is skipped; delete it
 * (or the whole reports/chunks folder) to run it again. Then the pieces are merged into
 * reports/stryker-incremental.json, which a plain `npm run mutation` reuses.
 *
 * `npm run mutation:pieces -- d1 i3` runs only those pieces; MUTATION_TIMEOUT_MS overrides the
 * configured mutant timeout. While the file reports/chunks/pause
 * exists no new piece starts (e.g. to take a benchmark on a quiet machine between pieces).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

const CHUNKS = 'reports/chunks';
const list = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.endsWith('.worker.ts'))
    .map((f) => `${dir}/${f}`);

const domain = list('src/domain');
const io = [...list('src/io'), ...list('src/io/exchange'), ...list('src/io/reports')];
const named = (files: string[], names: string[]) =>
  files.filter((f) => names.some((n) => f.endsWith(`/${n}.ts`)));

// Roughly equal shares of run time; every file of both folders is in exactly one piece.
const groups: Record<string, string[]> = {
  d1: named(domain, ['compare']),
  d2: named(domain, ['scoring', 'validate-round']),
  d3: named(domain, ['report', 'version-carry', 'restore-plan']),
  d4: named(domain, ['trend', 'trend-across', 'lineage', 'message', 'demo-data']),
  i1: named(io, ['backup']),
  i2: io.filter((f) => /\/framework-[a-z-]+\.ts$/.test(f)),
  i3: io.filter((f) => f.startsWith('src/io/exchange/')),
};
const taken = new Set(Object.values(groups).flat());
groups.d5 = domain.filter((f) => !taken.has(f));
groups.i4 = io.filter((f) => !taken.has(f));

const wanted = process.argv.slice(2);
mkdirSync(CHUNKS, { recursive: true });
let failed = false;
for (const [name, files] of Object.entries(groups)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const done = `${CHUNKS}/${name}.json`;
  if (existsSync(done) || files.length === 0) continue;
  while (existsSync(`${CHUNKS}/pause`)) await sleep(10_000);
  console.log(`\n== piece ${name} (${new Date().toISOString()}): ${files.join(', ')}`);
  const partial = `${CHUNKS}/${name}.partial.json`;
  const timeout = process.env.MUTATION_TIMEOUT_MS
    ? ['--timeoutMS', process.env.MUTATION_TIMEOUT_MS]
    : [];
  const run = spawnSync(
    'npx',
    ['stryker', 'run', '--mutate', files.join(','), '--incrementalFile', partial, ...timeout],
    { stdio: 'inherit' },
  );
  if (run.status === 0 && existsSync(partial)) renameSync(partial, done);
  else failed = true;
}
const merge = spawnSync('npx', ['tsx', 'tests/tools/merge-mutation-reports.ts'], {
  stdio: 'inherit',
});
const left = Object.keys(groups).filter((name) => !existsSync(`${CHUNKS}/${name}.json`));
console.log(left.length > 0 ? `\nPieces still to run: ${left.join(' ')}` : '\nEvery piece ran.');
process.exit(failed || merge.status !== 0 ? 1 : 0);
