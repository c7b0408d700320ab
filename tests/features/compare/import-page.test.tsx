import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import '../../../src/i18n';
import { i18n } from '../../../src/i18n';
import { db } from '../../../src/db/database';
import { applyImport, previewImport } from '../../../src/flows/exchange-import';
import { ImportPage } from '../../../src/features/compare/import/import-page';
import { saveAnswer } from '../../../src/db/assessments-repo';
import { createFacility } from '../../../src/db/facilities-repo';
import { createAssessment } from '../../../src/flows/assessments';
import { exportExchange, type ExportRequest } from '../../../src/flows/exchange-export';
import { saveLocalFramework } from '../../../src/flows/framework-catalogue';
import { emptyAnswer } from '../../../src/schemas/records';
import minimalValid from '../../io/fixtures/minimal-valid.json';
import { AREA_TEST } from '../timeouts';

// The rounds use a small locally loaded framework that travels in the files; the bundled one
// is not needed (and slow to check on a busy machine).
vi.mock('../../../src/io/bundled-frameworks', async (importOriginal) =>
  (await import('../no-bundled-frameworks')).mockNoBundledFrameworks(importOriginal),
);

// Small device helpers (the flow tests' helpers read fixture files through node:fs, which this
// jsdom environment cannot).
const FRAMEWORK_TEXT = JSON.stringify(minimalValid, null, 2);
const CRITERIA = minimalValid.domains.flatMap((d) => d.criteria.map((c) => c.id));

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

async function seedLocalFramework() {
  const saved = await saveLocalFramework(FRAMEWORK_TEXT);
  if (!saved.ok) throw new Error('fixture framework refused');
}

async function dumpDatabase() {
  return {
    facilities: await db.facilities.orderBy('id').toArray(),
    assessments: await db.assessments.orderBy('id').toArray(),
    frameworks: await db.frameworks.toArray(),
    exchangeLog: await db.exchangeLog.orderBy('roundId').toArray(),
    meta: await db.meta.toArray(),
  };
}
type Device = Awaited<ReturnType<typeof dumpDatabase>>;

/** One fake IndexedDB plays several devices: `next` (or an empty database) takes its place. */
async function switchDevice(next?: Device): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
    if (next) {
      await db.facilities.bulkAdd(next.facilities);
      await db.assessments.bulkAdd(next.assessments);
      await db.frameworks.bulkAdd(next.frameworks);
      await db.exchangeLog.bulkAdd(next.exchangeLog);
      await db.meta.bulkAdd(next.meta);
    }
  });
}

/** A facility with one round on the small framework, every criterion answered with level 1. */
async function seedOwnFacility(name: string, alias: string) {
  const facility = unwrap(
    await createFacility({ name, alias, type: 'gemeenschapsinstelling', region: 'antwerpen' }),
  );
  let round = unwrap(
    await createAssessment({
      facilityId: facility.id,
      frameworkId: minimalValid.id,
      frameworkVersion: minimalValid.version,
      periodLabel: '2020 voorjaar',
      participants: [{ role: 'teamcoach', count: 2 }],
    }),
  );
  for (const criterionId of CRITERIA) {
    round = unwrap(
      await saveAnswer(
        round.id,
        criterionId,
        { ...emptyAnswer(new Date().toISOString()), level: 1 },
        null,
      ),
    );
  }
  return { facilityId: facility.id, roundId: round.id };
}

async function editLevel(roundId: string, criterionId: string, level: number) {
  const current = (await db.assessments.get(roundId))!.answers[criterionId]!;
  unwrap(await saveAnswer(roundId, criterionId, { ...current, level }, current.updatedAt));
}

async function exportText(request: ExportRequest): Promise<string> {
  const result = await exportExchange(request);
  if (!result.ok) throw new Error(`export failed: ${JSON.stringify(result.error)}`);
  return result.value.text;
}

const source = (text: string) => ({
  key: 'setup',
  name: 'setup.json',
  blob: new Blob([text], { type: 'application/json' }),
});

interface Files {
  /** A round the evaluator already has (imported before). */
  common: string;
  /** The same round edited afterwards on the facility's first laptop: an update. */
  fromFirst: string;
  /** The same round edited differently on a second laptop: a conflict after fromFirst. */
  fromSecond: string;
  /** Another facility, never seen: new. */
  other: string;
  roundId: string;
}

/** Facility devices make the files; then the evaluator's (empty) device holds `common`. */
async function makeFiles(): Promise<Files> {
  const { facilityId, roundId } = await seedOwnFacility('De Kempen', 'GI-K');
  const request = { facilityId, roundIds: [roundId], includeName: true };
  const common = await exportText(request);
  const secondLaptop = await dumpDatabase();
  await editLevel(roundId, 'signalen-herkennen', 4);
  const fromFirst = await exportText(request);
  await switchDevice(secondLaptop);
  await editLevel(roundId, 'signalen-herkennen', 2);
  const fromSecond = await exportText(request);
  await switchDevice();
  await seedLocalFramework();
  const zon = await seedOwnFacility('Zonnebloem', 'ZB');
  const other = await exportText({
    facilityId: zon.facilityId,
    roundIds: [zon.roundId],
    includeName: false,
  });
  await switchDevice();
  const applied = await applyImport(await previewImport([source(common)]), new Map());
  if (!applied.ok) throw new Error('setup import failed');
  return { common, fromFirst, fromSecond, other, roundId };
}

const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });

function renderPage() {
  return render(
    <MemoryRouter>
      <ImportPage />
    </MemoryRouter>,
  );
}

/** The summary line (list item) of one file. */
async function line(name: string): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { level: 3, name });
  return heading.closest('li')!;
}

beforeEach(async () => {
  await i18n.changeLanguage('nl-BE');
  await db.open();
  await switchDevice();
  await seedLocalFramework();
});

describe('Import screen', AREA_TEST, () => {
  it('shows one line per file (new, update, no change, conflict, refused) and writes nothing yet', async () => {
    const files = await makeFiles();
    const before = await dumpDatabase();
    const user = userEvent.setup({ delay: null });
    renderPage();
    await user.upload(screen.getByLabelText('Bestanden kiezen'), [
      file('zonnebloem.json', files.other),
      file('kempen-oud.json', files.common),
      file('kempen-nieuw.json', files.fromFirst),
      file('kempen-ander.json', files.fromSecond),
      file('kapot.json', '{"format": "kwaliteitskader-uitwisseling", "formatV'),
    ]);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Overzicht vóór het inlezen' }),
    ).toBeInTheDocument();
    expect(screen.getByText('5 bestanden gelezen. Er werd nog niets bewaard.')).toBeInTheDocument();

    const zon = await line('zonnebloem.json');
    expect(within(zon).getByText('Nieuw')).toBeInTheDocument();
    expect(within(zon).getByText('1 nieuwe ronde')).toBeInTheDocument();
    expect(within(zon).getByText(/ZB · .* \(naam niet meegestuurd\)/)).toBeInTheDocument();
    expect(within(await line('kempen-oud.json')).getByText('Geen wijziging')).toBeInTheDocument();
    const update = await line('kempen-nieuw.json');
    expect(within(update).getByText('Update')).toBeInTheDocument();
    expect(
      within(update).getByText('1 ronde bijgewerkt naar een nieuwere revisie'),
    ).toBeInTheDocument();
    expect(within(await line('kempen-ander.json')).getByText('Conflict')).toBeInTheDocument();
    const refused = await line('kapot.json');
    expect(within(refused).getByText('Geweigerd')).toBeInTheDocument();
    expect(
      within(refused).getByText(/^Het bestand is geen geldige JSON; het is mogelijk onvolledig/),
    ).toBeInTheDocument();

    // Nothing is written before the confirmation, and a conflict needs a choice first.
    expect(await dumpDatabase()).toEqual(before);
    expect(screen.getByRole('button', { name: 'Inlezen bevestigen' })).toBeDisabled();
    expect(
      screen.getByText('Kies eerst bij elk conflict welke versie u houdt.'),
    ).toBeInTheDocument();
  });

  it('shows both versions of a conflict per criterion; the user keeps one and confirms', async () => {
    const files = await makeFiles();
    const user = userEvent.setup({ delay: null });
    renderPage();
    await user.upload(screen.getByLabelText('Bestanden kiezen'), [
      file('kempen-nieuw.json', files.fromFirst),
      file('kempen-ander.json', files.fromSecond),
    ]);
    const conflict = await screen.findByRole('region', { name: /^De Kempen – 2020 voorjaar/ });
    expect(
      within(conflict).getByRole('heading', { name: '1 criterium anders beantwoord' }),
    ).toBeInTheDocument();
    const criterion = within(conflict).getByRole('table', { name: 'D1.1 Signalen herkennen' });
    const level = within(criterion).getByRole('row', { name: /^Niveau/ });
    // This device holds the first laptop's version (4, imported in this batch's plan), the
    // file the second laptop's (2).
    expect(
      within(level)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['4', '2']);
    expect(
      within(criterion).getByRole('columnheader', { name: 'Op dit toestel' }),
    ).toBeInTheDocument();
    expect(
      within(criterion).getByRole('columnheader', { name: 'In het bestand' }),
    ).toBeInTheDocument();
    expect(within(criterion).getByRole('row', { name: /^Laatst gewijzigd/ })).toBeInTheDocument();
    const roundTable = within(conflict).getByRole('table', {
      name: 'De ronde 2020 voorjaar in beide versies',
    });
    expect(within(roundTable).getByRole('row', { name: /^Revisie/ })).toBeInTheDocument();

    const confirm = screen.getByRole('button', { name: 'Inlezen bevestigen' });
    expect(confirm).toBeDisabled();
    const choice = within(conflict).getByRole('group', {
      name: 'Welke versie houdt u voor 2020 voorjaar?',
    });
    await user.click(within(choice).getByRole('radio', { name: 'De versie uit het bestand' }));
    expect(confirm).toBeEnabled();
    await user.click(confirm);
    expect(await screen.findByText('2 bestanden ingelezen.')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Ingelezen voorzieningen bekijken' }),
    ).toBeInTheDocument();
    await waitFor(async () =>
      expect((await db.assessments.get(files.roundId))!.answers['signalen-herkennen']!.level).toBe(
        2,
      ),
    );
  });

  it('a refused file says why and where, and nothing can be written', async () => {
    const files = await makeFiles();
    const user = userEvent.setup({ delay: null });
    renderPage();
    // A hash that does not match the content (a tampered file).
    const tampered = files.other.replace(
      /"payloadSha256":"[0-9a-f]{64}"/,
      `"payloadSha256": "${'0'.repeat(64)}"`,
    );
    expect(tampered).not.toBe(files.other);
    await user.upload(screen.getByLabelText('Bestanden kiezen'), [
      file('getrokken.json', tampered),
    ]);
    const refused = await line('getrokken.json');
    expect(within(refused).getByText('Geweigerd')).toBeInTheDocument();
    expect(within(refused).getByRole('listitem')).toHaveTextContent('$.payload');
    expect(
      screen.getByText('Er is niets in te lezen: elk bestand is al aanwezig of werd geweigerd.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Inlezen bevestigen' })).not.toBeInTheDocument();
  });
});
