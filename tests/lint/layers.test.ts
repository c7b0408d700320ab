// @vitest-environment node
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

// Loading ESLint with the TypeScript parser and import resolver takes seconds on a busy
// machine, and linting is the behaviour under test, so these tests get one longer timeout.
const LINT_TIMEOUT = 60_000;

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
}, LINT_TIMEOUT);

/** The messages of the layer rules for `code` as if it were the file `path` of the project. */
async function layerMessages(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  return (result?.messages ?? [])
    .filter((m) =>
      ['import-x/no-restricted-paths', '@typescript-eslint/no-restricted-imports'].includes(
        m.ruleId ?? '',
      ),
    )
    .map((m) => m.message);
}

describe('lint enforces the layer order', () => {
  it(
    'rejects io importing db, and db importing io',
    async () => {
      expect(
        await layerMessages(
          'src/io/lint-fixture.ts',
          "import { db } from '../db/database';\nexport const x = db;\n",
        ),
      ).toEqual([expect.stringContaining('src/io may not import from src/db')]);
      expect(
        await layerMessages(
          'src/db/lint-fixture.ts',
          "import { parseBackupText } from '../io/backup';\nexport const x = parseBackupText;\n",
        ),
      ).toEqual([expect.stringContaining('src/db may not import from src/io')]);
    },
    LINT_TIMEOUT,
  );

  it(
    'rejects a lower layer importing a higher one, and accepts the right direction',
    async () => {
      expect(
        await layerMessages(
          'src/domain/lint-fixture.ts',
          "import { exportBackup } from '../flows/backup';\nexport const x = exportBackup;\n",
        ),
      ).toEqual([expect.stringContaining('src/domain may not import from src/flows')]);
      expect(
        await layerMessages(
          'src/flows/lint-fixture.ts',
          "import { db } from '../db/database';\nimport { parseBackupText } from '../io/backup';\nexport const x = [db, parseBackupText];\n",
        ),
      ).toEqual([]);
    },
    LINT_TIMEOUT,
  );

  it(
    'rejects one feature importing another, but allows features/shared',
    async () => {
      expect(
        await layerMessages(
          'src/features/assess/scoring/lint-fixture.ts',
          "import { lookupFramework } from '../../results/framework-lookup';\nexport const x = lookupFramework;\n",
        ),
      ).toEqual([expect.stringContaining('Features do not import each other')]);
      expect(
        await layerMessages(
          'src/features/assess/scoring/lint-fixture.ts',
          "import { useFormatters } from '../../shared/use-formatters';\nexport const x = useFormatters;\n",
        ),
      ).toEqual([]);
    },
    LINT_TIMEOUT,
  );

  it(
    'lets domain and ui take only types from the layer they lean on',
    async () => {
      expect(
        await layerMessages(
          'src/domain/lint-fixture.ts',
          "import { BackupSchema } from '../schemas/backup';\nexport const x = BackupSchema;\n",
        ),
      ).toEqual([expect.stringContaining('only types from schemas')]);
      expect(
        await layerMessages(
          'src/domain/lint-fixture.ts',
          "import type { Backup } from '../schemas/backup';\nexport type X = Backup;\n",
        ),
      ).toEqual([]);
      expect(
        await layerMessages(
          'src/ui/lint-fixture.ts',
          "import { canonicalJson } from '../domain/framework-model';\nexport const x = canonicalJson;\n",
        ),
      ).toEqual([expect.stringContaining('only types from domain')]);
    },
    LINT_TIMEOUT,
  );
});
