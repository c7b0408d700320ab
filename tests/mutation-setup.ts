import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeAll } from 'vitest';
import { loadAllNamespaces } from '../src/i18n';

// Setup of the mutation run only (vitest.mutation.config.ts). Its tests are not component tests:
// they need IndexedDB (fake) and the message catalogues, not a DOM, so they run in Node.

// Each mutant re-runs every test that covers it, so a property's hundreds of generated cases are
// paid for hundreds of times. A handful of cases still reaches the code a mutant breaks; the
// normal suite keeps the full counts (tests/property-runs.ts reads this cap).
fc.configureGlobal({ numRuns: 10 });

beforeAll(async () => {
  await loadAllNamespaces();
});
