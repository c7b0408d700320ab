import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { getAssessment, saveAnswer } from '../../../src/db/assessments-repo';
import { finaliseAssessment } from '../../../src/flows/assessments';
import { saveLocalFramework } from '../../../src/flows/framework-catalogue';
import type { Answer } from '../../../src/schemas/records';
import minimalValid from '../../io/fixtures/minimal-valid.json';
import { FRAMEWORK, renderArea, resetAll, seedFacility, seedRound, unwrap } from './helpers';

beforeEach(resetAll);

const D11 = 'D1.1 Signalen herkennen';
const SAVE_WAIT = { timeout: 4000 };

/** Version 1.1.0 of the test framework, in which level 2 of the growth scale got a new name. */
async function saveNewerVersion(): Promise<void> {
  const newer = structuredClone(minimalValid) as typeof minimalValid;
  newer.version = '1.1.0';
  newer.publishedOn = '2026-12-01';
  const level2 = newer.scales[0]!.levels[1]!;
  level2.label = { 'nl-BE': 'voorbereid', en: 'prepared' };
  newer.changelog = [
    ...newer.changelog,
    {
      version: '1.1.0',
      date: '2026-12-01',
      changes: { 'nl-BE': 'Niveau 2 heet nu voorbereid.', en: 'Level 2 is now called prepared.' },
    },
  ];
  const saved = await saveLocalFramework(JSON.stringify(newer));
  if (!saved.ok) throw new Error(`newer version did not load: ${JSON.stringify(saved)}`);
}

/** Round one (framework 1.0.0): level 2, own target 5, an open, a running and a done action. */
async function seedFirstRound() {
  const facility = await seedFacility('De Kade');
  const first = await seedRound(facility.id, { periodLabel: '2026 voorjaar' });
  const answer: Answer = {
    level: 2,
    notApplicable: false,
    naReason: '',
    target: 5,
    evidence: [{ id: 'ev-1', kind: 'document', note: 'Signalenlijst v1', reference: '' }],
    actions: [
      {
        id: 'act-open',
        what: 'Werkgroep signalenlijst opstarten',
        responsibleRole: 'teamverantwoordelijke',
        dueDate: '2026-09-30',
        status: 'open',
      },
      {
        id: 'act-running',
        what: 'Vorming voor nieuwe begeleiders',
        responsibleRole: 'begeleider',
        dueDate: null,
        status: 'in-progress',
      },
      {
        id: 'act-done',
        what: 'Procedure onthaal herschreven',
        responsibleRole: 'directie',
        dueDate: '2026-05-31',
        status: 'done',
      },
    ],
    toDiscuss: true,
    updatedAt: new Date().toISOString(),
  };
  unwrap(await saveAnswer(first.id, 'signalen-herkennen', answer, null));
  unwrap(await finaliseAssessment(first.id));
  return { facility, first };
}

describe(
  'a round started from a previous one carries the plan forward',
  { timeout: 30_000 },
  () => {
    it('brings own targets and open actions along, marked and editable; finished ones stay behind', async () => {
      const user = userEvent.setup();
      const { facility, first } = await seedFirstRound();
      const second = await seedRound(facility.id, {
        periodLabel: '2026 najaar',
        previousAssessmentId: first.id,
      });
      expect(second.answers['signalen-herkennen']).toMatchObject({
        level: null,
        target: 5,
        evidence: [],
        toDiscuss: false,
        actions: [{ id: 'act-open' }, { id: 'act-running' }],
      });

      renderArea(`/zelfevaluatie/ronde/${second.id}`);
      const card = await screen.findByRole('region', { name: D11 });
      // The level starts empty; last round's answer is a reference.
      expect(within(card).queryByRole('radio', { checked: true })).not.toBeInTheDocument();
      const previous = within(card).getByText('Vorige ronde:').closest('.previous-round')!;
      expect(previous).toHaveTextContent('2 – Gepland');
      expect(previous).toHaveTextContent('Signalenlijst v1');

      // The own target, marked as carried over.
      expect(
        within(card).getByText('Doel: 5 – Verankerd en continu verbeterd (eigen doel)'),
      ).toBeInTheDocument();
      expect(within(card).getByLabelText('Doel')).toHaveValue('5');
      expect(within(card).getByLabelText('Doel')).toHaveAccessibleDescription(
        'norm: 4 – Uitgevoerd en geëvalueerd Overgenomen uit de vorige ronde.',
      );

      // Open and running actions, marked and editable.
      const carried = within(card).getByRole('group', { name: 'Actie 1 (uit de vorige ronde)' });
      expect(within(carried).getByLabelText('Wat gaat u doen?')).toHaveValue(
        'Werkgroep signalenlijst opstarten',
      );
      expect(within(carried).getByLabelText('Stand van zaken')).toHaveValue('open');
      expect(
        within(card).getByRole('group', { name: 'Actie 2 (uit de vorige ronde)' }),
      ).toBeInTheDocument();
      await user.selectOptions(within(carried).getByLabelText('Stand van zaken'), 'Afgerond');
      await waitFor(async () => {
        const stored = (await getAssessment(second.id))?.answers['signalen-herkennen'];
        expect(stored?.actions[0]).toMatchObject({ id: 'act-open', status: 'done' });
      }, SAVE_WAIT);

      // The finished action is not in this round's list, but read-only under "Vorige ronde".
      expect(within(card).queryByRole('group', { name: /^Actie 3/ })).not.toBeInTheDocument();
      expect(within(card).queryByDisplayValue('Procedure onthaal herschreven')).toBeNull();
      expect(previous).toHaveTextContent('Afgeronde acties:');
      expect(previous).toHaveTextContent('Procedure onthaal herschreven');

      // The earlier round is untouched.
      expect((await getAssessment(first.id))?.answers['signalen-herkennen']?.actions).toHaveLength(
        3,
      );
    });

    it('labels the previous answer with the previous round’s own framework version', async () => {
      const { facility, first } = await seedFirstRound();
      await saveNewerVersion();
      const second = await seedRound(facility.id, {
        frameworkVersion: '1.1.0',
        periodLabel: '2026 najaar',
        previousAssessmentId: first.id,
      });
      expect(first.frameworkVersion).toBe(FRAMEWORK.version);

      renderArea(`/zelfevaluatie/ronde/${second.id}`);
      const card = await screen.findByRole('region', { name: D11 });
      // This round offers the new name...
      expect(within(card).getByRole('radio', { name: '2 – Voorbereid' })).toBeInTheDocument();
      // ...while last round's answer keeps the name it was given under 1.0.0.
      const previous = within(card).getByText('Vorige ronde:').closest('.previous-round')!;
      expect(previous).toHaveTextContent('Vorige ronde: 2 – Gepland');
      expect(previous).not.toHaveTextContent('Voorbereid');
    });
  },
);
