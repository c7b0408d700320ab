import { act, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import '../../src/i18n';
import { AppNotices } from '../../src/app/app-notices';
import { db } from '../../src/db/database';
import type * as MetaRepo from '../../src/db/meta-repo';
import { needsBackupReminder } from '../../src/db/meta-repo';
import { AREA_TEST } from '../timeouts';

// The real check, observed: the "stays quiet" test waits for the check itself to finish
// instead of waiting a fixed time that a busy machine may overrun.
vi.mock('../../src/db/meta-repo', async (importOriginal) => {
  const actual = await importOriginal<typeof MetaRepo>();
  return { ...actual, needsBackupReminder: vi.fn(actual.needsBackupReminder) };
});

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <AppNotices />
    </MemoryRouter>,
  );
}

describe('backup reminder notice', AREA_TEST, () => {
  beforeEach(async () => {
    await db.meta.clear();
  });

  it('reminds after 14 days of changes without a backup, with a way to the backups', async () => {
    await db.meta.bulkPut([
      { key: 'lastChangeAt', value: daysAgo(1) },
      { key: 'firstChangeSinceBackupAt', value: daysAgo(15) },
    ]);
    renderAt('/zelfevaluatie');
    expect(
      await screen.findByText(/14 dagen of langer wijzigingen zonder back-up/),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar back-ups' })).toHaveAttribute(
      'href',
      '/instellingen#backup',
    );
  });

  it('stays quiet when the changes are younger than 14 days', async () => {
    await db.meta.bulkPut([
      { key: 'lastChangeAt', value: daysAgo(1) },
      { key: 'firstChangeSinceBackupAt', value: daysAgo(3) },
    ]);
    vi.mocked(needsBackupReminder).mockClear();
    renderAt('/zelfevaluatie');
    // Let the lazy check finish, then make sure nothing appeared.
    await waitFor(() => expect(needsBackupReminder).toHaveBeenCalled());
    const due = await vi.mocked(needsBackupReminder).mock.results[0]!.value;
    expect(due).toBe(false);
    await act(async () => {});
    expect(screen.queryByText(/zonder back-up/)).not.toBeInTheDocument();
  });
});
