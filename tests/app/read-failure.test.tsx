import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import '../../src/i18n';
import { i18n } from '../../src/i18n';
import { routes } from '../../src/app/routes';
import { db } from '../../src/db/database';
import { DbReadError } from '../../src/db/errors';
import { listFacilities } from '../../src/db/facilities-repo';
import { getAssessment } from '../../src/db/assessments-repo';
import type * as Files from '../../src/ui/files';
import { AREA_TEST } from '../features/timeouts';

vi.mock('../../src/io/bundled-frameworks', async (importOriginal) =>
  (await import('../features/no-bundled-frameworks')).mockNoBundledFrameworks(importOriginal),
);

const downloads = vi.hoisted(() => [] as string[]);
vi.mock('../../src/ui/files', async (importOriginal) => ({
  ...(await importOriginal<typeof Files>()),
  downloadTextFile: (_text: string, filename: string) => {
    downloads.push(filename);
  },
}));

beforeEach(async () => {
  downloads.length = 0;
  await i18n.changeLanguage('nl-BE');
  await db.open();
  await Promise.all(db.tables.map((table) => table.clear()));
});

// Typed loosely: Dexie's methods return its own promise type.
const brokenRead = (() => Promise.reject(new DOMException('closed', 'InvalidStateError'))) as never;

describe('a failed database read', () => {
  it('is an error, never an empty list or "not found"', async () => {
    vi.spyOn(db.facilities, 'toArray').mockImplementation(brokenRead);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(listFacilities()).rejects.toBeInstanceOf(DbReadError);
    vi.spyOn(db.assessments, 'get').mockImplementation(brokenRead);
    await expect(getAssessment('a1')).rejects.toMatchObject({ kind: 'unavailable' });
  });

  it(
    'shows a clear message with a retry and a backup download',
    async () => {
      vi.spyOn(db.facilities, 'toArray').mockImplementation(brokenRead);
      vi.spyOn(console, 'error').mockImplementation(() => {});
      const router = createMemoryRouter(routes, { initialEntries: ['/zelfevaluatie'] });
      render(<RouterProvider router={router} />);

      expect(
        await screen.findByRole(
          'heading',
          {
            level: 1,
            name: 'De gegevens konden niet gelezen worden',
          },
          // The area's code loads lazily first, seconds on a busy machine.
          { timeout: 20_000 },
        ),
      ).toBeInTheDocument();
      expect(screen.getByRole('alert')).toHaveTextContent(
        'De opslag van deze browser is nu niet beschikbaar',
      );
      expect(screen.queryByText(/Nog geen voorzieningen|niet gevonden/i)).not.toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Opnieuw proberen' })).toBeInTheDocument();

      // The backup reads with its own transaction; here the database can still give it.
      vi.mocked(db.facilities.toArray).mockRestore();
      await userEvent
        .setup({ delay: null })
        .click(screen.getByRole('button', { name: 'Back-up downloaden' }));
      expect(await screen.findByText('De back-up is gedownload.')).toBeInTheDocument();
      expect(downloads).toEqual([
        expect.stringMatching(/^kwaliteitskader-backup-\d{4}-\d{2}-\d{2}\.json$/),
      ]);
    },
    AREA_TEST.timeout,
  );
});
