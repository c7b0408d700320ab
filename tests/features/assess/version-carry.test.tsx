import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { getAssessment, listAssessments, saveAnswer } from '../../../src/db/assessments-repo';
import { createAssessment, finaliseAssessment } from '../../../src/flows/assessments';
import { emptyAnswer } from '../../../src/schemas/records';
import { renderArea, resetAll, seedFacility, unwrap } from './helpers';
import { HEAVY_TEST } from '../../timeouts';

// About the bundled framework on purpose: a 1.0.0 round carried into the bundled 1.1.0, whose
// lineage says which criteria kept their meaning.
const ID = 'kwaliteitskader-tienerpooiers';
const SAVE_WAIT = { timeout: 4000 };

beforeEach(resetAll);

async function seedOldRound(facilityId: string) {
  const old = unwrap(
    await createAssessment({
      facilityId,
      frameworkId: ID,
      frameworkVersion: '1.0.0',
      periodLabel: '2026 voorjaar',
      participants: [],
    }),
  );
  const levels: Record<string, number> = {
    'signalen-herkennen': 3, // D1.1 reworded
    'tweedelijnsconsult-centrum-mensenhandel': 2, // D1.2 reworded
    'medische-zorg-bij-opname': 4, // D3.1 stricter
  };
  for (const [criterionId, level] of Object.entries(levels)) {
    const answer = { ...emptyAnswer('2026-03-01T10:00:00.000Z'), level };
    unwrap(await saveAnswer(old.id, criterionId, answer, null));
  }
  return unwrap(await finaliseAssessment(old.id));
}

describe('carrying a 1.0.0 round into 1.1.0', HEAVY_TEST, () => {
  it('previews, then keeps every carried level "to confirm" until someone confirms it', async () => {
    const user = userEvent.setup({ delay: null });
    const facility = await seedFacility('De Kade');
    const old = await seedOldRound(facility.id);
    renderArea(`/zelfevaluatie/voorziening/${facility.id}`);
    await screen.findByRole('heading', { level: 1, name: 'De Kade' });

    await user.selectOptions(
      await screen.findByLabelText('Kader en versie'),
      screen.getByRole('option', { name: /versie 1\.1\.0/ }),
    );
    await user.type(screen.getByLabelText('Periode'), '2027 voorjaar');
    await user.selectOptions(
      screen.getByLabelText('Start vanuit vorige ronde'),
      '2026 voorjaar (Afgerond, versie 1.0.0)',
    );

    // The preview: counts, and per criterion what carries over.
    const preview = screen.getByRole('region', { name: 'Wat gaat mee naar versie 1.1.0' });
    expect(
      within(preview).getByText('3 criteria krijgen een voorstel om te bevestigen.'),
    ).toBeInTheDocument();
    expect(within(preview).getByText(/criteria zijn nieuw en beginnen leeg/)).toBeInTheDocument();
    await user.click(within(preview).getByText('Toon per criterium wat meegaat'));
    const table = within(preview).getByRole('table', {
      name: 'Per criterium van versie 1.1.0: wat uit versie 1.0.0 meegaat',
    });
    const d11 = within(table).getByRole('row', { name: /^D1\.1 Signalen herkennen/ });
    expect(within(d11).getByRole('cell', { name: 'anders verwoord' })).toBeInTheDocument();
    expect(
      within(d11).getByText('Voorstel: 3 – In uitvoering of nog niet geëvalueerd'),
    ).toBeInTheDocument();
    const d31 = within(table).getByRole('row', { name: /^D3\.1 Medisch onthaal/ });
    expect(within(d31).getByRole('cell', { name: 'strenger' })).toBeInTheDocument();
    const d25 = within(table).getByRole('row', { name: /^D2\.5 Zelfbeschadiging/ });
    expect(within(d25).getByText('Niets: nieuw criterium')).toBeInTheDocument();
    const d14 = within(table).getByRole('row', { name: /^D1\.4 Aanmelden/ });
    expect(within(d14).getByText('Niets: niet beantwoord')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ronde starten' }));
    await screen.findByRole('heading', { level: 1, name: 'De Kade – 2027 voorjaar' });
    const next = (await listAssessments(facility.id)).find(
      (r) => r.periodLabel === '2027 voorjaar',
    )!;
    expect(next.frameworkVersion).toBe('1.1.0');

    // Nothing scored silently: three proposals, none of them counted.
    const panel = screen.getByRole('region', { name: 'Overgenomen niveaus bevestigen' });
    expect(
      within(panel).getByText(
        /^3 criteria hebben een niveau uit de vorige ronde \(versie 1\.0\.0\)/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/^0 van 72 criteria beantwoord/)).toBeInTheDocument();
    const card = screen.getByRole('region', { name: /^D1\.1 Signalen herkennen/ });
    expect(within(card).getByText('te bevestigen')).toBeInTheDocument();
    for (const radio of within(card).getAllByRole('radio')) expect(radio).not.toBeChecked();

    // Bulk: only the two whose meaning did not change (reworded); the stricter one stays.
    await user.click(
      within(panel).getByRole('button', {
        name: 'Bevestig alle 2 voorstellen met ongewijzigde betekenis',
      }),
    );
    await waitFor(async () => {
      const stored = (await getAssessment(next.id))!.answers;
      expect(stored['signalen-herkennen']?.level).toBe(3);
      expect(stored['tweedelijnsconsult-centrum-mensenhandel']?.level).toBe(2);
    }, SAVE_WAIT);
    const stored = (await getAssessment(next.id))!.answers;
    expect(stored['signalen-herkennen']?.proposal).toBeUndefined();
    expect(stored['medische-zorg-bij-opname']).toMatchObject({ level: null });
    expect(stored['medische-zorg-bij-opname']?.proposal?.level).toBe(4);
    expect(await screen.findByText(/^2 van 72 criteria beantwoord/)).toBeInTheDocument();
    expect(
      within(card).getByRole('radio', { name: '3 – In uitvoering of nog niet geëvalueerd' }),
    ).toBeChecked();

    // Finalising waits for the last proposal.
    await user.click(screen.getByRole('button', { name: 'Afronden' }));
    expect(
      screen.getByText(
        'Deze ronde kan nog niet afgerond worden: 1 overgenomen voorstel is nog niet bevestigd.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ja, afronden' })).toBeNull();

    // The previous round never changed.
    expect(await getAssessment(old.id)).toEqual(old);
  });

  it('takes the improvement plan along the lineage: each part of a split gets it', async () => {
    const user = userEvent.setup({ delay: null });
    const facility = await seedFacility('De Kade');
    const old = unwrap(
      await createAssessment({
        facilityId: facility.id,
        frameworkId: ID,
        frameworkVersion: '1.0.0',
        periodLabel: '2026 voorjaar',
        participants: [],
      }),
    );
    const planned = {
      ...emptyAnswer('2026-03-01T10:00:00.000Z'),
      level: 2,
      target: 4,
      actions: [
        {
          id: 'act-trauma',
          what: 'Traumascreening invoeren',
          responsibleRole: 'teamcoach',
          dueDate: null,
          status: 'open' as const,
        },
      ],
    };
    // D7.1 traumabehandeling is split in 1.1.0 into D7.1 and D7.6.
    unwrap(await saveAnswer(old.id, 'traumabehandeling', planned, null));
    const before = await getAssessment(old.id);

    renderArea(`/zelfevaluatie/voorziening/${facility.id}`);
    await screen.findByRole('heading', { level: 1, name: 'De Kade' });
    await user.selectOptions(
      await screen.findByLabelText('Kader en versie'),
      screen.getByRole('option', { name: /versie 1\.1\.0/ }),
    );
    await user.type(screen.getByLabelText('Periode'), '2027 voorjaar');
    await user.selectOptions(
      screen.getByLabelText('Start vanuit vorige ronde'),
      '2026 voorjaar (Bezig, versie 1.0.0)',
    );
    const preview = screen.getByRole('region', { name: 'Wat gaat mee naar versie 1.1.0' });
    expect(
      within(preview).getByText(
        /^Het verbeterplan gaat mee, als eigen plan en gemarkeerd als meegenomen: 2 eigen doelen en 2 open verbeteracties\./,
      ),
    ).toBeInTheDocument();
    await user.click(within(preview).getByText('Toon per criterium wat meegaat'));
    const table = within(preview).getByRole('table', { name: /^Per criterium van versie 1\.1\.0/ });
    const d76 = within(table).getByRole('row', { name: /^D7\.6 / });
    expect(within(d76).getByRole('cell', { name: 'doel 4; 1 open actie' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ronde starten' }));
    await screen.findByRole('heading', { level: 1, name: 'De Kade – 2027 voorjaar' });
    const next = (await listAssessments(facility.id)).find(
      (r) => r.periodLabel === '2027 voorjaar',
    )!;
    for (const part of ['traumabehandeling', 'traumasensitieve-dagelijkse-zorg']) {
      expect(next.answers[part]).toMatchObject({
        level: null,
        target: 4,
        actions: planned.actions,
        proposal: { relation: 'split', level: 2 },
      });
    }
    expect(await getAssessment(old.id)).toEqual(before);
  });
});
