import Dexie from 'dexie';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterAll, describe, expect, it } from 'vitest';
import '../../src/i18n';
import { AppNotices } from '../../src/app/app-notices';
import { DATABASE_NAME, db } from '../../src/db/database';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../src/db/schema';
import { AREA_TEST } from '../timeouts';

const newer = new Dexie(DATABASE_NAME);
afterAll(async () => {
  newer.close();
  await Dexie.delete(DATABASE_NAME);
});

describe('app notices', AREA_TEST, () => {
  it('asks to reload when another tab upgrades the database', async () => {
    render(
      <MemoryRouter initialEntries={['/zelfevaluatie']}>
        <AppNotices />
      </MemoryRouter>,
    );
    await db.open();
    // What a newer build in another tab does: open the same database at a higher version.
    for (const entry of SCHEMA_VERSIONS) newer.version(entry.version).stores({ ...entry.stores });
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ futureTable: 'id' });
    await newer.open();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('De toepassing werd in een ander venster bijgewerkt');
    expect(screen.getByRole('button', { name: 'Pagina opnieuw laden' })).toBeInTheDocument();
  });
});
