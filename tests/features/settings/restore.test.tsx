import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../src/db/database';
import { updateFacility } from '../../../src/db/facilities-repo';
import { saveLocalFramework } from '../../../src/flows/framework-catalogue';
import { i18n } from '../../../src/i18n';
import { exportBackup } from '../../../src/flows/backup';
import minimalValid from '../../io/fixtures/minimal-valid.json';
import {
  MINIMAL_FRAMEWORK_TEXT,
  clearData,
  dumpDb,
  renderSettings,
  resetAll,
  seedData,
  textFile,
  unwrap,
} from './helpers';
import { AREA_TEST } from '../timeouts';

// Not about the bundled framework: no bundled files, so each render does not parse and check
// the full 64-criterion framework (slow on a busy machine).
vi.mock('../../../src/io/bundled-frameworks', async (importOriginal) =>
  (await import('../no-bundled-frameworks')).mockNoBundledFrameworks(importOriginal),
);

beforeEach(resetAll);

const FILE = 'kwaliteitskader-backup-2026-11-28.json';

/** Seeds data and returns the backup JSON of it. */
async function seededBackup(): Promise<string> {
  await seedData();
  return unwrap(await exportBackup()).json;
}

function summaryRows(): string[][] {
  const table = screen.getByRole('table', { name: 'Overzicht per soort gegevens' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

async function upload(text: string, name = FILE) {
  const user = userEvent.setup({ delay: null });
  await user.upload(screen.getByLabelText('Back-upbestand kiezen'), textFile(text, name));
  return user;
}

describe('restoring a backup', AREA_TEST, () => {
  it('previews a valid backup into an empty database and restores it exactly', async () => {
    const json = await seededBackup();
    const before = await dumpDb();
    await clearData();
    renderSettings();

    const user = await upload(json);
    expect(
      await screen.findByRole('heading', { level: 3, name: 'Wat het terugzetten doet' }),
    ).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`Bestand ${FILE}, back-up gemaakt op`))).toBeInTheDocument();
    expect(summaryRows()).toEqual([
      ['Voorzieningen', '1', '0', '0'],
      ['Zelfevaluaties', '1', '0', '0'],
      ['Kaders', '1', '0', '0'],
    ]);
    expect(screen.getByText('De Kade')).toBeInTheDocument();
    expect(screen.getByText('De Kade – 2026 voorjaar')).toBeInTheDocument();
    expect(screen.getByText('Minimaal kader 1.0.0')).toBeInTheDocument();
    // Nothing is written before the click.
    expect(await db.facilities.count()).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Terugzetten' }));
    // Names the date the backup was made, and the file.
    expect(
      await screen.findByText(
        new RegExp(
          `^De back-up van .*\\d{4}.* \\(${FILE.replace('.', '\\.')}\\) is teruggezet\\.$`,
        ),
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Voorzieningen: 1 toegevoegd, 0 vervangen, 0 ongewijzigd.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Zelfevaluaties: 1 toegevoegd, 0 vervangen, 0 ongewijzigd.'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('heading', { name: 'Wat het terugzetten doet' }),
    ).not.toBeInTheDocument();

    const after = await dumpDb();
    expect(after.facilities).toEqual(before.facilities);
    expect(after.assessments).toEqual(before.assessments);
    expect(after.frameworks).toEqual(before.frameworks);
  });

  it('asks for confirmation before overwriting a record that changed locally', async () => {
    const json = await seededBackup();
    const [facility] = await db.facilities.toArray();
    unwrap(
      await updateFacility(facility!.id, {
        name: 'Nieuwe naam',
        type: 'vaph',
        region: 'limburg',
        alias: '',
      }),
    );
    renderSettings();

    const user = await upload(json);
    await screen.findByRole('heading', { level: 3, name: 'Wat het terugzetten doet' });
    expect(summaryRows()).toEqual([
      ['Voorzieningen', '0', '1', '0'],
      ['Zelfevaluaties', '0', '0', '1'],
      ['Kaders', '0', '0', '1'],
    ]);
    const replaced = screen.getByText(/^De Kade/, { selector: 'li' });
    expect(replaced).toHaveTextContent('let op: de versie op dit toestel werd later gewijzigd');

    await user.click(screen.getByRole('button', { name: 'Terugzetten' }));
    const confirmHeading = screen.getByRole('heading', {
      level: 4,
      name: 'Overschrijven bevestigen',
    });
    await waitFor(() => expect(confirmHeading).toHaveFocus());
    expect(screen.getByText(/1 item op dit toestel wordt overschreven/)).toBeInTheDocument();
    expect((await db.facilities.get(facility!.id))?.name).toBe('Nieuwe naam');

    await user.click(screen.getByRole('button', { name: 'Ja, overschrijven en terugzetten' }));
    expect(
      await screen.findByText('Voorzieningen: 0 toegevoegd, 1 vervangen, 0 ongewijzigd.'),
    ).toBeInTheDocument();
    expect(await db.facilities.get(facility!.id)).toEqual(facility);
  });

  it('cancelling clears the preview and changes nothing', async () => {
    const json = await seededBackup();
    await clearData();
    renderSettings();
    const user = await upload(json);
    await screen.findByRole('heading', { level: 3, name: 'Wat het terugzetten doet' });
    await user.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(
      screen.queryByRole('heading', { name: 'Wat het terugzetten doet' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Terugzetten' })).not.toBeInTheDocument();
    expect((screen.getByLabelText('Back-upbestand kiezen') as HTMLInputElement).value).toBe('');
    expect(await db.facilities.count()).toBe(0);
  });

  it('says so when everything is already there', async () => {
    const json = await seededBackup();
    renderSettings();
    await upload(json);
    expect(await screen.findByText(/Terugzetten zou niets veranderen/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Terugzetten' })).not.toBeInTheDocument();
  });

  it('blocks a backup whose framework conflicts with a local one of the same version', async () => {
    const json = await seededBackup();
    await db.frameworks.clear();
    const changed = structuredClone(minimalValid);
    changed.title['nl-BE'] = 'Minimaal kader (gewijzigd)';
    const saved = await saveLocalFramework(JSON.stringify(changed));
    expect(saved.ok).toBe(true);
    const before = await dumpDb();
    renderSettings();

    await upload(json);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Deze back-up kan niet teruggezet worden');
    expect(alert).toHaveTextContent('verschilt van het kader met dezelfde versie op dit toestel');
    expect(screen.queryByRole('button', { name: 'Terugzetten' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Annuleren' })).toBeInTheDocument();
    expect(await dumpDb()).toEqual(before);
  });
});

describe('refusing files that are not a usable backup', AREA_TEST, () => {
  it('a round that breaks its framework: the rule in words, where, nothing changed', async () => {
    const backup = JSON.parse(await seededBackup()) as {
      assessments: { answers: Record<string, { level: number | null }> }[];
    };
    const criterionId = minimalValid.domains[0]!.criteria[0]!.id;
    backup.assessments[0]!.answers[criterionId]!.level = 99;
    const before = await dumpDb();
    renderSettings();

    await upload(JSON.stringify(backup), 'niveau.json');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Het bestand niveau.json kan niet teruggezet worden.');
    const item = within(alert.parentElement!).getByRole('listitem');
    expect(item).toHaveTextContent(
      `Plaats in het bestand: $.assessments[0].answers["${criterionId}"].level`,
    );
    expect(item).toHaveTextContent(
      /Het niveau 99 ligt niet op de schaal van dit criterium \(toegelaten: 1, 2, 3, 4, 5\)\.$/,
    );
    expect(await dumpDb()).toEqual(before);
  });

  it('a truncated file: error with its location, nothing changed', async () => {
    const json = await seededBackup();
    const before = await dumpDb();
    renderSettings();

    await upload(json.slice(0, Math.floor(json.length / 2)), 'half.json');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Het bestand half.json kan niet teruggezet worden. Er werd niets gewijzigd.',
    );
    expect(alert).toHaveTextContent('Er is 1 probleem gevonden');
    const item = within(alert.parentElement!).getByRole('listitem');
    expect(item).toHaveTextContent('Plaats in het bestand: het hele bestand');
    expect(item).toHaveTextContent(
      /Het bestand is geen geldige JSON \(regel \d+, kolom \d+\); het is mogelijk onvolledig of beschadigd/,
    );
    expect(screen.queryByRole('button', { name: 'Terugzetten' })).not.toBeInTheDocument();
    expect(await dumpDb()).toEqual(before);
  });

  it('a damaged field: error with its JSON path, in the UI language', async () => {
    const backup = JSON.parse(await seededBackup());
    backup.facilities[0].name = 42;
    const before = await dumpDb();
    await i18n.changeLanguage('en');
    renderSettings();

    const user = userEvent.setup({ delay: null });
    await user.upload(
      screen.getByLabelText('Choose backup file'),
      textFile(JSON.stringify(backup), 'damaged.json'),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The file damaged.json cannot be restored. Nothing was changed.',
    );
    const item = within(alert.parentElement!).getByRole('listitem');
    expect(item).toHaveTextContent('Location in the file: $.facilities[0].name');
    expect(within(item).getByText('$.facilities[0].name').tagName).toBe('CODE');
    expect(await dumpDb()).toEqual(before);
  });

  it('a framework file is refused as a foreign file', async () => {
    await seedData();
    const before = await dumpDb();
    renderSettings();
    await upload(MINIMAL_FRAMEWORK_TEXT, 'kader.json');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Het bestand kader.json kan niet teruggezet worden.');
    expect(alert.parentElement).toHaveTextContent(
      'Dit bestand is geen back-up van deze app, maar lijkt een kaderbestand.',
    );
    expect(
      screen.queryByRole('heading', { name: 'Wat het terugzetten doet' }),
    ).not.toBeInTheDocument();
    expect(await dumpDb()).toEqual(before);
  });

  it('any other JSON is refused too', async () => {
    renderSettings();
    await upload(JSON.stringify({ hello: 'world' }), 'other.json');
    const alert = await screen.findByRole('alert');
    expect(alert.parentElement).toHaveTextContent('Dit bestand is geen back-up van deze app.');
    expect(await db.facilities.count()).toBe(0);
  });
});
