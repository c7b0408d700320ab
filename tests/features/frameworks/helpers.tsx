import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import '../../../src/i18n';
import { i18n } from '../../../src/i18n';
import { db } from '../../../src/db/database';
import { FrameworksArea } from '../../../src/features/frameworks/frameworks-area';

import minimalValid from '../../io/fixtures/minimal-valid.json';

/** A fresh, mutable copy of the minimal valid framework fixture. */
export function minimalFramework(): Record<string, unknown> & {
  id: string;
  version: string;
  title: Record<string, string>;
  domains: { id: string; title: Record<string, string>; criteria: unknown[] }[];
  changelog: { version: string; date: string; changes: Record<string, string> }[];
} {
  return structuredClone(minimalValid) as ReturnType<typeof minimalFramework>;
}

export function jsonFile(value: unknown, name: string): File {
  return new File([JSON.stringify(value, null, 2)], name, { type: 'application/json' });
}

/** Renders the Kader area at `path`, as the app's router would mount it under /kader/*. */
export function renderArea(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/kader/*" element={<FrameworksArea />} />
      </Routes>
    </MemoryRouter>,
  );
}

export async function resetDb(): Promise<void> {
  await i18n.changeLanguage('nl-BE');
  await db.open();
  await Promise.all(db.tables.map((table) => table.clear()));
}
