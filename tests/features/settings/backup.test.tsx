import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../src/db/database';
import { downloadTextFile, REVOKE_DELAY_MS } from '../../../src/ui/files';
import { i18n } from '../../../src/i18n';
import { parseBackupText } from '../../../src/io/backup';
import { blobText, mockDownloads, renderSettings, resetAll, seedData } from './helpers';
import { AREA_TEST } from '../timeouts';

// Not about the bundled framework: no bundled files, so each render does not parse and check
// the full 64-criterion framework (slow on a busy machine).
vi.mock('../../../src/io/bundled-frameworks', async (importOriginal) =>
  (await import('../no-bundled-frameworks')).mockNoBundledFrameworks(importOriginal),
);

const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();

beforeEach(resetAll);

/** The <dd> next to a <dt> with this text. */
function fact(term: string): HTMLElement {
  const dt = screen.getByText(term, { selector: 'dt' });
  return dt.nextElementSibling as HTMLElement;
}

describe('Settings page', AREA_TEST, () => {
  it('has one h1 and the sections in heading order', async () => {
    renderSettings();
    expect(screen.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeInTheDocument();
    for (const name of [
      'Opslag op dit toestel',
      'Back-up',
      'Back-up terugzetten',
      'Taal',
      'Privacyverklaring',
    ]) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
    }
    expect(
      screen.getByRole('heading', { level: 2, name: 'Back-up' }).closest('section'),
    ).toHaveAttribute('id', 'backup');
    expect(
      screen.getByText(/Alleen in de opslag van deze browser op dit toestel/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Typ nergens namen/)).toBeInTheDocument();
    expect(await screen.findByText('nog nooit')).toBeInTheDocument();
  });

  it('is in English with an English h1', async () => {
    await i18n.changeLanguage('en');
    renderSettings();
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download backup' })).toBeInTheDocument();
    expect(screen.getByLabelText('Choose backup file')).toBeInTheDocument();
    expect(await screen.findByText('never')).toBeInTheDocument();
  });

  it('moves focus to the backup section for /instellingen#backup', async () => {
    renderSettings('/instellingen#backup');
    const heading = screen.getByRole('heading', { level: 2, name: 'Back-up' });
    await waitFor(() => expect(heading).toHaveFocus());
  });
});

describe('downloading a backup', AREA_TEST, () => {
  let downloads: ReturnType<typeof mockDownloads>;
  beforeEach(() => {
    downloads = mockDownloads();
  });
  afterEach(() => downloads.restore());

  it('offers a JSON file with the seeded data and then shows the backup date', async () => {
    const { facility } = await seedData();
    const user = userEvent.setup({ delay: null });
    renderSettings();
    await waitFor(() => expect(fact('Laatste back-up')).toHaveTextContent('nog nooit'));
    expect(fact('Laatste wijziging')).not.toHaveTextContent('nog geen wijzigingen');
    expect(
      screen.getByText('Er zijn wijzigingen die nog in geen enkele back-up zitten.'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Back-up downloaden' }));

    const status = await screen.findByText(/De back-up is klaar en wordt gedownload als/);
    const filename = /kwaliteitskader-backup-\d{4}-\d{2}-\d{2}\.json/.exec(
      status.textContent ?? '',
    )?.[0];
    expect(filename).toBeDefined();
    expect(downloads.createObjectURL).toHaveBeenCalledTimes(1);
    const blob = downloads.created[0]!;
    expect(blob).toBeInstanceOf(Blob);
    expect(blob.type).toBe('application/json');
    const parsed = parseBackupText(await blobText(blob));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.facilities).toEqual([facility]);
    expect(parsed.value.assessments).toHaveLength(1);
    expect(parsed.value.frameworks.map((f) => f.id)).toEqual(['minimaal-kader']);
    expect(downloads.clicked).toEqual([{ href: 'blob:test/1', download: filename }]);
    // The temporary link is gone again.
    expect(document.querySelector('a[download]')).toBeNull();

    const lastBackup = (await db.meta.get('lastBackupAt'))?.value as string;
    expect(lastBackup).toEqual(expect.any(String));
    const year = String(new Date(lastBackup).getFullYear());
    await waitFor(() => expect(fact('Laatste back-up')).not.toHaveTextContent('nog nooit'));
    expect(fact('Laatste back-up')).toHaveTextContent(year);
    expect(screen.getByText('Alle wijzigingen zitten in de laatste back-up.')).toBeInTheDocument();
  });

  it('says clearly when the browser refuses the download', async () => {
    await seedData();
    downloads.createObjectURL.mockImplementation(() => {
      throw new Error('blocked');
    });
    const user = userEvent.setup({ delay: null });
    renderSettings();
    await user.click(screen.getByRole('button', { name: 'Back-up downloaden' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('De back-up kon niet gemaakt worden.');
    expect(alert).toHaveTextContent('Controleer of downloads toegestaan zijn');
  });

  it('revokes the object URL after the download has started', () => {
    vi.useFakeTimers();
    try {
      downloadTextFile('{}', 'x.json');
      expect(downloads.clicked).toEqual([{ href: 'blob:test/1', download: 'x.json' }]);
      expect(downloads.revokeObjectURL).not.toHaveBeenCalled();
      vi.advanceTimersByTime(REVOKE_DELAY_MS);
      expect(downloads.revokeObjectURL).toHaveBeenCalledWith('blob:test/1');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('backup reminder', AREA_TEST, () => {
  it('shows a reminder when changes have waited 14 days or more without a backup', async () => {
    await db.meta.bulkPut([
      { key: 'lastChangeAt', value: daysAgo(2) },
      { key: 'firstChangeSinceBackupAt', value: daysAgo(20) },
    ]);
    renderSettings();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Back-up aanbevolen:');
    expect(alert).toHaveTextContent('Er zijn al 20 dagen wijzigingen zonder back-up.');
    expect(fact('Laatste back-up')).toHaveTextContent('nog nooit');
  });

  it('shows a reminder for changes more than 14 days after the last backup', async () => {
    await db.meta.bulkPut([
      { key: 'lastBackupAt', value: daysAgo(40) },
      { key: 'firstChangeSinceBackupAt', value: daysAgo(15) },
      { key: 'lastChangeAt', value: daysAgo(3) },
    ]);
    renderSettings();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Er zijn al 15 dagen wijzigingen zonder back-up.',
    );
  });

  it('shows no reminder for recent changes or when everything is backed up', async () => {
    await db.meta.bulkPut([
      { key: 'lastChangeAt', value: daysAgo(13) },
      { key: 'firstChangeSinceBackupAt', value: daysAgo(13) },
    ]);
    const { unmount } = renderSettings();
    expect(
      await screen.findByText('Er zijn wijzigingen die nog in geen enkele back-up zitten.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    unmount();

    await db.meta.clear();
    await db.meta.bulkPut([
      { key: 'lastChangeAt', value: daysAgo(30) },
      { key: 'lastBackupAt', value: daysAgo(29) },
    ]);
    renderSettings();
    expect(
      await screen.findByText('Alle wijzigingen zitten in de laatste back-up.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
