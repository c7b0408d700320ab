import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getAssessment } from '../../../src/db/assessments-repo';
import { db } from '../../../src/db/database';
import { renderArea, resetAll, seedFacility, seedRound } from './helpers';
import { AREA_TEST } from '../timeouts';

// Not about the bundled framework: no bundled files, so each render does not parse and check
// the full 64-criterion framework (slow on a busy machine).
vi.mock('../../../src/io/bundled-frameworks', async (importOriginal) =>
  (await import('../no-bundled-frameworks')).mockNoBundledFrameworks(importOriginal),
);

beforeEach(resetAll);

const D11 = 'D1.1 Signalen herkennen';

describe('a full disk while scoring', AREA_TEST, () => {
  it('says so in Dutch, offers a backup, keeps the typed text and earlier answers, and saves once there is room', async () => {
    const user = userEvent.setup({ delay: null });
    const facility = await seedFacility('De Kade');
    const round = await seedRound(facility.id);
    renderArea(`/zelfevaluatie/ronde/${round.id}`);
    await screen.findByRole('heading', { level: 1, name: 'De Kade – 2026 voorjaar' });
    const card = screen.getByRole('region', { name: D11 });

    await user.click(within(card).getByRole('radio', { name: '3 – In uitvoering' }));
    await waitFor(async () =>
      expect((await getAssessment(round.id))?.answers['signalen-herkennen']?.level).toBe(3),
    );

    const put = vi
      .spyOn(db.assessments, 'put')
      .mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    await user.click(within(card).getByRole('button', { name: 'Bewijsstuk toevoegen' }));
    const note = within(card).getByLabelText('Notitie');
    await user.type(note, 'Procedure signaalherkenning');
    await user.tab();

    expect(
      await screen.findAllByText(/Het toestel heeft geen opslagruimte meer/, {}, { timeout: 4000 }),
    ).not.toHaveLength(0);
    expect(
      screen.getAllByRole('link', { name: 'Naar Instellingen om een back-up te downloaden' })[0],
    ).toHaveAttribute('href', '/instellingen');
    expect(note).toHaveValue('Procedure signaalherkenning');
    const storedDuringFailure = (await getAssessment(round.id))!;
    expect(storedDuringFailure.answers['signalen-herkennen']).toMatchObject({
      level: 3,
      evidence: [],
    });

    // Room again: retrying saves what was typed.
    put.mockRestore();
    await user.click(within(card).getAllByRole('button', { name: 'Opnieuw proberen' })[0]!);
    await waitFor(
      async () =>
        expect(
          (await getAssessment(round.id))?.answers['signalen-herkennen']?.evidence[0]?.note,
        ).toBe('Procedure signaalherkenning'),
      { timeout: 4000 },
    );
    expect(await screen.findByText(/^Alle wijzigingen opgeslagen om/)).toBeInTheDocument();
  });
});
