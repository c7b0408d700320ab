import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
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
