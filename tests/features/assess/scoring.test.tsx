import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getAssessment, saveAnswer } from '../../../src/db/assessments-repo';
import { emptyAnswer, type Answer } from '../../../src/schemas/records';
import {
  DEFAULT_DEBOUNCE_MS,
  DEFAULT_MAX_WAIT_MS,
  saveTiming,
} from '../../../src/features/assess/scoring/answer-saver';
import { renderArea, resetAll, seedFacility, seedRound, unwrap } from './helpers';
import { AREA_TEST } from '../timeouts';

// Not about the bundled framework: no bundled files, so each render does not parse and check
// the full 64-criterion framework (slow on a busy machine).
vi.mock('../../../src/io/bundled-frameworks', async (importOriginal) =>
  (await import('../no-bundled-frameworks')).mockNoBundledFrameworks(importOriginal),
);

/** Typing stays unsaved until a choice or a blur flushes it (stages a conflict without racing). */
function holdTyping() {
  saveTiming.debounceMs = 60_000;
  saveTiming.maxWaitMs = 60_000;
}

beforeEach(resetAll);
afterEach(() => {
  saveTiming.debounceMs = DEFAULT_DEBOUNCE_MS;
  saveTiming.maxWaitMs = DEFAULT_MAX_WAIT_MS;
});

const D11 = 'D1.1 Signalen herkennen';
const SAVE_WAIT = { timeout: 4000 };

async function stored(id: string, criterionId: string): Promise<Answer | undefined> {
  return (await getAssessment(id))?.answers[criterionId];
}

async function openRound(search = '') {
  const facility = await seedFacility('De Kade');
  const round = await seedRound(facility.id);
  renderArea(`/zelfevaluatie/ronde/${round.id}${search}`);
  await screen.findByRole('heading', { level: 1, name: 'De Kade – 2026 voorjaar' });
  return round;
}

// Real IndexedDB (fake-indexeddb) and real debounce timers: generous per-test time.
describe('scoring screen', AREA_TEST, () => {
  it('shows the round, and chooses levels by click and by number key; N/A asks for a reason', async () => {
    const user = userEvent.setup();
    const round = await openRound();
    expect(screen.getByText('Minimaal kader – versie 1.0.0')).toBeInTheDocument();
    expect(screen.getByText('0 van 3 criteria beantwoord of n.v.t.')).toBeInTheDocument();
    const card = screen.getByRole('region', { name: D11 });
    const group = within(card).getByRole('group', { name: D11 });
    expect(within(group).getAllByRole('radio')).toHaveLength(6);
    const three = within(card).getByRole('radio', { name: '3 – In uitvoering' });
    expect(three).toHaveAccessibleDescription('Beschrijving niveau 3.');
    expect(within(card).getByLabelText('Doel')).toHaveValue('4');
    expect(within(card).getByText('norm: 4 – Uitgevoerd en geëvalueerd')).toBeInTheDocument();

    await user.click(three);
    expect(three).toBeChecked();
    await waitFor(
      async () => expect((await stored(round.id, 'signalen-herkennen'))?.level).toBe(3),
      SAVE_WAIT,
    );
    expect(await screen.findByText(/^Alle wijzigingen opgeslagen om \d\d:\d\d$/)).toHaveAttribute(
      'role',
      'status',
    );
    expect(screen.getByText('1 van 3 criteria beantwoord of n.v.t.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /D1 Detectie\s*1\/2/ })).toHaveAttribute(
      'aria-current',
      'true',
    );

    // Focus is inside the card (on the radio): the number key picks that level.
    await user.keyboard('4');
    expect(
      within(card).getByRole('radio', { name: '4 – Uitgevoerd en geëvalueerd' }),
    ).toBeChecked();
    await waitFor(
      async () => expect((await stored(round.id, 'signalen-herkennen'))?.level).toBe(4),
      SAVE_WAIT,
    );

    // "n" marks it not applicable; a reason is required and the criterion is flagged until given.
    await user.keyboard('n');
    expect(within(card).getByRole('radio', { name: 'N.v.t. – Niet van toepassing' })).toBeChecked();
    const reason = within(card).getByLabelText('Waarom is dit niet van toepassing?');
    expect(reason).toBeRequired();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription(
      'Typ geen namen of andere gegevens van jongeren of daders. Geef aan waarom dit criterium niet van toepassing is.',
    );
    await waitFor(
      async () =>
        expect(await stored(round.id, 'signalen-herkennen')).toMatchObject({
          level: null,
          notApplicable: true,
        }),
      SAVE_WAIT,
    );
    expect(screen.getByRole('link', { name: /1 n\.v\.t\. zonder reden/ })).toBeInTheDocument();

    // Digits typed in a text field are text, not shortcuts.
    await user.type(reason, 'Onder 12');
    expect(within(card).getByRole('radio', { name: 'N.v.t. – Niet van toepassing' })).toBeChecked();
    expect(reason).not.toHaveAttribute('aria-invalid');
    await waitFor(
      async () => expect((await stored(round.id, 'signalen-herkennen'))?.naReason).toBe('Onder 12'),
      SAVE_WAIT,
    );
    expect(screen.queryByRole('link', { name: /zonder reden/ })).not.toBeInTheDocument();

    // On a yes/no scale 0 is a level ("nee"), not N/A.
    const yesNo = screen.getByRole('region', { name: 'D1.2 Meldpunt bekend' });
    await user.click(within(yesNo).getByRole('radio', { name: '1 – Ja' }));
    await user.keyboard('0');
    expect(within(yesNo).getByRole('radio', { name: '0 – Nee' })).toBeChecked();
    expect(within(yesNo).queryByRole('radio', { name: /N\.v\.t\./ })).not.toBeInTheDocument();
    await waitFor(
      async () => expect((await stored(round.id, 'meldpunt-bekend'))?.level).toBe(0),
      SAVE_WAIT,
    );
  });

  it('adds evidence and an improvement action, sets target and discussion flag; all reach IndexedDB', async () => {
    const user = userEvent.setup();
    const round = await openRound();
    const card = screen.getByRole('region', { name: D11 });
    expect(within(card).getByText('Nog geen bewijsstukken.')).toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: 'Bewijsstuk toevoegen' }));
    const evidence = within(card).getByRole('group', { name: 'Bewijsstuk 1' });
    const note = within(evidence).getByLabelText('Notitie');
    await waitFor(() => expect(note).toHaveFocus());
    expect(note).toHaveAccessibleDescription(
      'Typ geen namen of andere gegevens van jongeren of daders.',
    );
    await user.type(note, 'Teamoverleg');
    await user.selectOptions(within(evidence).getByLabelText('Soort'), 'Gesprek');
    await user.type(within(evidence).getByLabelText('Verwijzing (optioneel)'), 'verslag 12/3');

    await user.click(within(card).getByRole('button', { name: 'Actie toevoegen' }));
    const action = within(card).getByRole('group', { name: 'Actie 1' });
    const what = within(action).getByLabelText('Wat gaat u doen?');
    await waitFor(() => expect(what).toHaveFocus());
    expect(what).toHaveAccessibleDescription(
      'Typ geen namen of andere gegevens van jongeren of daders.',
    );
    await user.type(what, 'Vorming team');
    const role = within(action).getByLabelText('Verantwoordelijke (functie)');
    expect(role).toHaveAccessibleDescription('Een functie, geen naam.');
    await user.type(role, 'teamleider');
    fireEvent.change(within(action).getByLabelText('Tegen'), { target: { value: '2026-12-31' } });
    await user.selectOptions(within(action).getByLabelText('Stand van zaken'), 'Lopend');

    await user.click(within(card).getByLabelText('Te bespreken'));
    await user.selectOptions(
      within(card).getByLabelText('Doel'),
      '5 – Verankerd en continu verbeterd',
    );

    await waitFor(
      async () =>
        expect(await stored(round.id, 'signalen-herkennen')).toMatchObject({
          level: null,
          target: 5,
          toDiscuss: true,
          evidence: [
            {
              kind: 'conversation',
              note: 'Teamoverleg',
              reference: 'verslag 12/3',
            },
          ],
          actions: [
            {
              what: 'Vorming team',
              responsibleRole: 'teamleider',
              dueDate: '2026-12-31',
              status: 'in-progress',
            },
          ],
        }),
      SAVE_WAIT,
    );
    // Back to the norm stores "no own target".
    await user.selectOptions(within(card).getByLabelText('Doel'), '4 – Uitgevoerd en geëvalueerd');
    await waitFor(
      async () => expect((await stored(round.id, 'signalen-herkennen'))?.target).toBeNull(),
      SAVE_WAIT,
    );

    await user.click(within(card).getByRole('button', { name: 'Bewijsstuk 1 verwijderen' }));
    await waitFor(
      async () => expect((await stored(round.id, 'signalen-herkennen'))?.evidence).toEqual([]),
      SAVE_WAIT,
    );
    // Nothing was left unsaved.
    expect(localStorage.length).toBe(0);
  });

  it('saves typed text when the field loses focus and when the page is hidden, before the debounce', async () => {
    holdTyping(); // only the flush on blur / pagehide can save within the waits below
    const user = userEvent.setup();
    const round = await openRound();
    const card = screen.getByRole('region', { name: D11 });
    await user.click(within(card).getByRole('button', { name: 'Bewijsstuk toevoegen' }));
    const note = within(card).getByLabelText('Notitie');
    await user.type(note, 'Eerste');
    // The draft is journaled synchronously, before IndexedDB confirms anything.
    expect(
      [...Array(localStorage.length).keys()]
        .map((i) => localStorage.getItem(localStorage.key(i)!))
        .join(),
    ).toContain('Eerste');
    await user.tab();
    await waitFor(
      async () =>
        expect((await stored(round.id, 'signalen-herkennen'))?.evidence[0]?.note).toBe('Eerste'),
      SAVE_WAIT,
    );
    await user.type(note, ' en tweede');
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    await waitFor(
      async () =>
        expect((await stored(round.id, 'signalen-herkennen'))?.evidence[0]?.note).toBe(
          'Eerste en tweede',
        ),
      SAVE_WAIT,
    );
    await waitFor(() => expect(localStorage.length).toBe(0));
  });

  it('finalising locks every input; reopening requires a reason and is kept in the history', async () => {
    const user = userEvent.setup();
    const round = await openRound();
    const card = screen.getByRole('region', { name: D11 });
    await user.click(within(card).getByRole('radio', { name: '2 – Gepland' }));

    await user.click(screen.getByRole('button', { name: 'Afronden' }));
    const confirm = screen.getByRole('group', { name: 'Deze ronde afronden?' });
    await waitFor(() => expect(confirm).toHaveFocus());
    expect(
      within(confirm).getByText('Let op: 2 criteria zijn nog niet beantwoord.'),
    ).toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: 'Ja, afronden' }));

    expect(await screen.findByText(/^Afgerond op /)).toBeInTheDocument();
    await waitFor(async () => expect((await getAssessment(round.id))?.status).toBe('afgerond'));
    for (const radio of within(card).getAllByRole('radio')) expect(radio).toBeDisabled();
    expect(within(card).getByRole('radio', { name: '2 – Gepland' })).toBeChecked();
    // No edit-only controls: the target is text, the discussion flag and the add buttons are gone.
    expect(within(card).queryByLabelText('Doel')).not.toBeInTheDocument();
    expect(
      within(card).getByText('Doel: 4 – Uitgevoerd en geëvalueerd (de norm)'),
    ).toBeInTheDocument();
    expect(within(card).queryByLabelText('Te bespreken')).not.toBeInTheDocument();
    expect(
      within(card).queryByRole('button', { name: 'Bewijsstuk toevoegen' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Volgende onbeantwoorde/ }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Resultaten bekijken' })).toHaveAttribute(
      'href',
      `/resultaten/ronde/${round.id}`,
    );
    expect(screen.queryByRole('button', { name: 'Afronden' })).not.toBeInTheDocument();
    // Number keys do nothing on a finalised round.
    card.focus();
    await user.keyboard('5');
    expect(within(card).getByRole('radio', { name: '2 – Gepland' })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Heropenen' }));
    const reason = screen.getByLabelText('Reden om te heropenen');
    await waitFor(() => expect(reason).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Ronde heropenen' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Geef een reden op om de ronde te heropenen.',
    );
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect((await getAssessment(round.id))?.status).toBe('afgerond');

    await user.type(reason, 'Nieuwe procedure goedgekeurd');
    await user.click(screen.getByRole('button', { name: 'Ronde heropenen' }));
    await waitFor(() =>
      expect(
        within(card).getByRole('radio', { name: '5 – Verankerd en continu verbeterd' }),
      ).toBeEnabled(),
    );
    expect(screen.getByText('Eerder heropend:')).toBeInTheDocument();
    expect(screen.getByText(/– Nieuwe procedure goedgekeurd$/)).toBeInTheDocument();
    const reopened = await getAssessment(round.id);
    expect(reopened).toMatchObject({
      status: 'concept',
      finalisedAt: null,
      reopenings: [{ reason: 'Nieuwe procedure goedgekeurd' }],
    });
    await user.click(
      within(card).getByRole('radio', { name: '5 – Verankerd en continu verbeterd' }),
    );
    await waitFor(
      async () => expect((await stored(round.id, 'signalen-herkennen'))?.level).toBe(5),
      SAVE_WAIT,
    );
  });

  it('shows a change made in another window, and then saves on top of it without a conflict', async () => {
    const user = userEvent.setup();
    const round = await openRound();
    const card = screen.getByRole('region', { name: D11 });
    unwrap(
      await saveAnswer(
        round.id,
        'signalen-herkennen',
        { ...emptyAnswer(new Date().toISOString()), level: 2 },
        null,
      ),
    );
    await waitFor(() =>
      expect(within(card).getByRole('radio', { name: '2 – Gepland' })).toBeChecked(),
    );
    await user.click(within(card).getByRole('radio', { name: '3 – In uitvoering' }));
    await waitFor(
      async () => expect((await stored(round.id, 'signalen-herkennen'))?.level).toBe(3),
      SAVE_WAIT,
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so when another window changed the criterion underneath an edit, and keeps what was typed', async () => {
    holdTyping();
    const user = userEvent.setup();
    const facility = await seedFacility('De Kade');
    const round = await seedRound(facility.id);
    const base = unwrap(
      await saveAnswer(
        round.id,
        'signalen-herkennen',
        {
          ...emptyAnswer(new Date().toISOString()),
          level: 2,
          evidence: [{ id: 'e1', kind: 'document', note: 'Procedure', reference: '' }],
        },
        null,
      ),
    ).answers['signalen-herkennen']!;
    renderArea(`/zelfevaluatie/ronde/${round.id}`);
    const card = await screen.findByRole('region', { name: D11 });
    const note = within(card).getByLabelText('Notitie');
    await user.type(note, ' aangepast');
    // Another tab saves this criterion while the note is still waiting for its debounced save.
    unwrap(await saveAnswer(round.id, 'signalen-herkennen', { ...base, level: 5 }, base.updatedAt));
    await user.click(within(card).getByRole('radio', { name: '3 – In uitvoering' }));

    const alert = await within(card).findByRole('alert');
    expect(alert).toHaveTextContent('Een ander venster heeft dit criterium intussen gewijzigd');
    expect(alert).toHaveTextContent('In het andere venster: 5 – Verankerd en continu verbeterd.');
    expect(
      screen.getByText('Niet alles is opgeslagen: zie de melding bij 1 criterium.'),
    ).toHaveAttribute('role', 'status');
    // Nothing typed is lost: it stays in the fields, and the other window's version is untouched.
    expect(note).toHaveValue('Procedure aangepast');
    expect(within(card).getByRole('radio', { name: '3 – In uitvoering' })).toBeChecked();
    expect(await stored(round.id, 'signalen-herkennen')).toMatchObject({
      level: 5,
      evidence: [{ note: 'Procedure' }],
    });

    await user.click(within(alert).getByRole('button', { name: 'Opnieuw opslaan (mijn versie)' }));
    await waitFor(
      async () =>
        expect(await stored(round.id, 'signalen-herkennen')).toMatchObject({
          level: 3,
          evidence: [{ note: 'Procedure aangepast' }],
        }),
      SAVE_WAIT,
    );
    expect(within(card).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('can drop its own version in a conflict and show the other window’s', async () => {
    holdTyping();
    const user = userEvent.setup();
    const facility = await seedFacility('De Kade');
    const round = await seedRound(facility.id);
    const base = unwrap(
      await saveAnswer(
        round.id,
        'signalen-herkennen',
        { ...emptyAnswer(new Date().toISOString()), level: 1 },
        null,
      ),
    ).answers['signalen-herkennen']!;
    renderArea(`/zelfevaluatie/ronde/${round.id}`);
    const card = await screen.findByRole('region', { name: D11 });
    await user.click(within(card).getByRole('button', { name: 'Actie toevoegen' }));
    await user.type(within(card).getByLabelText('Wat gaat u doen?'), 'Mijn');
    // Leaving the field saves the first words; more text is still being typed when another
    // window saves.
    await user.tab();
    await waitFor(
      async () =>
        expect((await stored(round.id, 'signalen-herkennen'))?.actions).toMatchObject([
          { what: 'Mijn' },
        ]),
      SAVE_WAIT,
    );
    const current = (await stored(round.id, 'signalen-herkennen'))!;
    await user.type(within(card).getByLabelText('Wat gaat u doen?'), ' tekst');
    unwrap(
      await saveAnswer(round.id, 'signalen-herkennen', { ...current, level: 4 }, current.updatedAt),
    );
    await user.tab();
    const alert = await within(card).findByRole('alert');
    await user.click(
      within(alert).getByRole('button', { name: 'Versie van het andere venster tonen' }),
    );
    await waitFor(() =>
      expect(
        within(card).getByRole('radio', { name: '4 – Uitgevoerd en geëvalueerd' }),
      ).toBeChecked(),
    );
    expect(within(card).getByLabelText('Wat gaat u doen?')).toHaveValue('Mijn');
    expect(base.level).toBe(1);
    expect(localStorage.length).toBe(0);
  });

  it('jumps to the next unanswered criterion across domains (J) and focuses ?criterium', async () => {
    const user = userEvent.setup();
    const facility = await seedFacility('De Kade');
    const round = await seedRound(facility.id);
    unwrap(
      await saveAnswer(
        round.id,
        'signalen-herkennen',
        { ...emptyAnswer(new Date().toISOString()), level: 4 },
        null,
      ),
    );
    renderArea(`/zelfevaluatie/ronde/${round.id}?criterium=meldpunt-bekend`);
    const d12 = await screen.findByRole('region', { name: 'D1.2 Meldpunt bekend' });
    await waitFor(() => expect(d12).toHaveFocus());

    await user.keyboard('j');
    const d21 = await screen.findByRole('region', { name: 'D2.1 Jongere betrokken' });
    await waitFor(() => expect(d21).toHaveFocus());
    expect(screen.getByRole('heading', { level: 2, name: 'D2 Begeleiding' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('domein=begeleiding');
    await user.keyboard('2');
    expect(within(d21).getByRole('radio', { name: '2 – Neutraal' })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Volgende onbeantwoorde (J)' }));
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'D1.2 Meldpunt bekend' })).toHaveFocus(),
    );
    await user.keyboard('1');
    await user.keyboard('j');
    expect(
      await screen.findByText('Alle criteria zijn beantwoord of niet van toepassing.'),
    ).toBeInTheDocument();
    expect(screen.getByText('3 van 3 criteria beantwoord of n.v.t.')).toBeInTheDocument();

    // The domain menu switches domains and moves the focus to the domain's heading.
    const menu = screen.getByRole('navigation', { name: 'Domeinen' });
    await user.click(within(menu).getByRole('link', { name: /D2 Begeleiding/ }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2, name: 'D2 Begeleiding' })).toHaveFocus(),
    );
    expect(within(menu).getByRole('link', { name: /D2 Begeleiding/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
    expect(screen.queryByRole('region', { name: D11 })).not.toBeInTheDocument();
  });

  it('saves drafts that an earlier session journaled but never stored', async () => {
    const facility = await seedFacility('De Kade');
    const round = await seedRound(facility.id);
    const draft = {
      ...emptyAnswer(new Date().toISOString()),
      level: 2,
      evidence: [{ id: 'x', kind: 'data' as const, note: 'Cijfers 2025', reference: '' }],
    };
    localStorage.setItem(
      `kwaliteitskader.unsaved.v1:${round.id}:signalen-herkennen`,
      JSON.stringify({ answer: draft, base: null, at: new Date().toISOString() }),
    );
    renderArea(`/zelfevaluatie/ronde/${round.id}`);
    const card = await screen.findByRole('region', { name: D11 });
    expect(within(card).getByLabelText('Notitie')).toHaveValue('Cijfers 2025');
    await waitFor(
      async () =>
        expect(await stored(round.id, 'signalen-herkennen')).toMatchObject({
          level: 2,
          evidence: [{ note: 'Cijfers 2025' }],
        }),
      SAVE_WAIT,
    );
    await waitFor(() => expect(localStorage.length).toBe(0));
  });

  it('shows a recovered draft as such, with the stored version one click away', async () => {
    const user = userEvent.setup();
    const facility = await seedFacility('De Kade');
    const round = await seedRound(facility.id);
    const first = unwrap(
      await saveAnswer(
        round.id,
        'signalen-herkennen',
        {
          ...emptyAnswer(''),
          level: 2,
          naReason: '',
          evidence: [{ id: 'e', kind: 'data', note: 'Cijfers', reference: '' }],
        },
        null,
      ),
    ).answers['signalen-herkennen']!;
    localStorage.setItem(
      `kwaliteitskader.unsaved.v1:${round.id}:signalen-herkennen`,
      JSON.stringify({
        answer: { ...first, evidence: [{ ...first.evidence[0]!, note: 'Cijfers 2025 en 2026' }] },
        base: first.updatedAt,
        at: new Date().toISOString(),
      }),
    );
    renderArea(`/zelfevaluatie/ronde/${round.id}`);
    const card = await screen.findByRole('region', { name: D11 });
    expect(within(card).getByLabelText('Notitie')).toHaveValue('Cijfers 2025 en 2026');
    expect(within(card).getByRole('status')).toHaveTextContent('Hersteld na onderbreking.');
    await waitFor(
      async () =>
        expect((await stored(round.id, 'signalen-herkennen'))?.evidence[0]?.note).toBe(
          'Cijfers 2025 en 2026',
        ),
      SAVE_WAIT,
    );
    await user.click(within(card).getByText('Opgeslagen versie van vóór het herstel bekijken'));
    expect(within(card).getByText('Cijfers')).toBeVisible();
    await user.click(within(card).getByRole('button', { name: 'Die versie terugzetten' }));
    await waitFor(
      async () =>
        expect((await stored(round.id, 'signalen-herkennen'))?.evidence[0]?.note).toBe('Cijfers'),
      SAVE_WAIT,
    );
    expect(within(card).queryByText('Hersteld na onderbreking.')).not.toBeInTheDocument();
  });

  it('drops a stale journaled draft: no older text, no false conflict', async () => {
    const facility = await seedFacility('De Kade');
    const round = await seedRound(facility.id);
    const first = unwrap(
      await saveAnswer(
        round.id,
        'signalen-herkennen',
        { ...emptyAnswer(''), level: 2, naReason: 'Het be' },
        null,
      ),
    ).answers['signalen-herkennen']!;
    // The crash kept this draft on disk, and lost its removal after the save below.
    localStorage.setItem(
      `kwaliteitskader.unsaved.v1:${round.id}:signalen-herkennen`,
      JSON.stringify({ answer: first, base: null, at: first.updatedAt }),
    );
    unwrap(
      await saveAnswer(
        round.id,
        'signalen-herkennen',
        { ...first, naReason: 'Het begin en meer' },
        first.updatedAt,
      ),
    );
    renderArea(`/zelfevaluatie/ronde/${round.id}`);
    const card = await screen.findByRole('region', { name: D11 });
    expect(within(card).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(card).queryByText('Hersteld na onderbreking.')).not.toBeInTheDocument();
    await waitFor(() => expect(localStorage.length).toBe(0));
    expect((await stored(round.id, 'signalen-herkennen'))?.naReason).toBe('Het begin en meer');
  });

  it('edits the round details while it is a concept', async () => {
    const user = userEvent.setup();
    const round = await openRound();
    await user.click(screen.getByText('Gegevens van de ronde (periode, deelnemers)'));
    const period = screen.getByLabelText('Periode');
    await user.clear(period);
    await user.type(period, '2026 najaar');
    await user.click(screen.getByRole('button', { name: 'Functie toevoegen' }));
    const row = screen.getByRole('group', { name: 'Deelnemer 2' });
    await user.type(within(row).getByLabelText('Functie'), 'psycholoog');
    await user.click(screen.getByRole('button', { name: 'Gegevens opslaan' }));
    expect(
      await screen.findByText('De gegevens van de ronde zijn opgeslagen.'),
    ).toBeInTheDocument();
    expect(await getAssessment(round.id)).toMatchObject({
      periodLabel: '2026 najaar',
      participants: [
        { role: 'begeleider', count: 3 },
        { role: 'psycholoog', count: 1 },
      ],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'De Kade – 2026 najaar' }),
    ).toBeInTheDocument();
  });
});
