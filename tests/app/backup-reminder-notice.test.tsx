import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import '../../src/i18n';
import { AppNotices } from '../../src/app/app-notices';
import { db } from '../../src/db/database';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <AppNotices />
    </MemoryRouter>,
  );
}

describe('backup reminder notice', () => {
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
    renderAt('/zelfevaluatie');
    // Give the lazy check time to finish, then make sure nothing appeared.
    await new Promise((r) => setTimeout(r, 300));
    expect(screen.queryByText(/zonder back-up/)).not.toBeInTheDocument();
  });
});
