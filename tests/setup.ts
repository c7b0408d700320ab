import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { loadAllNamespaces } from '../src/i18n';

// The app loads a feature's messages with the feature; tests get them all up front so a
// component renders its real texts on the first render.
beforeAll(async () => {
  await loadAllNamespaces();
});

afterEach(() => {
  cleanup();
});

// findBy*/waitFor give up after 1 s by default. On a busy shared 2-core machine (CI) a page
// that reads IndexedDB can take longer than that to appear; a generous ceiling costs nothing
// when the page is quick and keeps a slow machine from failing a correct test.
configure({ asyncUtilTimeout: 10_000 });
