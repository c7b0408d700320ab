import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { listFacilities } from '../../../src/db/facilities-repo';
import { i18n } from '../../../src/i18n';
import { renderArea, resetAll, seedFacility, seedRound } from './helpers';
import { AREA_TEST } from '../timeouts';

// Not about the bundled framework: no bundled files, so each render does not parse and check
// the full 64-criterion framework (slow on a busy machine).
vi.mock('../../../src/io/bundled-frameworks', async (importOriginal) =>
  (await import('../no-bundled-frameworks')).mockNoBundledFrameworks(importOriginal),
);

beforeEach(resetAll);

describe('facilities list', AREA_TEST, () => {
  it('creates a facility through the form, with a message per invalid field', async () => {
    const user = userEvent.setup({ delay: null });
    renderArea('/zelfevaluatie');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Zelfevaluatie' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Er zijn nog geen voorzieningen. Maak er hieronder een aan.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/nooit een persoon/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Voorziening aanmaken' }));
    const name = screen.getByLabelText('Naam van de voorziening');
    expect(name).toHaveAccessibleDescription('Vul de naam van de voorziening in.');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveFocus();
    expect(screen.getByLabelText('Type voorziening')).toHaveAccessibleDescription(
      'Kies het type voorziening.',
    );
    expect(screen.getByLabelText('Provincie of regio')).toHaveAccessibleDescription(
      'Kies de provincie of regio.',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Controleer de gemarkeerde velden.');
    expect(await listFacilities()).toHaveLength(0);

    await user.type(name, 'Jeugdhulp De Brug');
    await user.selectOptions(
      screen.getByLabelText('Type voorziening'),
      'Private voorziening jeugdhulp',
    );
    await user.selectOptions(screen.getByLabelText('Provincie of regio'), 'Oost-Vlaanderen');
    const alias = screen.getByLabelText('Code (optioneel)');
    expect(alias).toHaveAccessibleDescription(/in plaats van de naam/);
    await user.type(alias, 'PJ-2');
    await user.click(screen.getByRole('button', { name: 'Voorziening aanmaken' }));

    expect(
      await screen.findByText('Voorziening ‘Jeugdhulp De Brug’ is aangemaakt.'),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Voorzieningen op dit toestel' });
    const row = within(table).getByRole('row', { name: /Jeugdhulp De Brug/ });
    expect(within(row).getByText('Private voorziening jeugdhulp')).toBeInTheDocument();
    expect(within(row).getByText('Oost-Vlaanderen')).toBeInTheDocument();
    expect(within(row).getByText('PJ-2')).toBeInTheDocument();
    expect(within(row).getByText('Nog geen ronde')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'Jeugdhulp De Brug' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/zelfevaluatie\/voorziening\//),
    );
    const stored = await listFacilities();
    expect(stored).toMatchObject([
      {
        name: 'Jeugdhulp De Brug',
        type: 'private-jeugdhulp',
        region: 'oost-vlaanderen',
        alias: 'PJ-2',
      },
    ]);
    // The form is empty again for the next one.
    expect(screen.getByLabelText('Naam van de voorziening')).toHaveValue('');
  });

  it('edits, archives and restores a facility; archived ones hide behind a checkbox', async () => {
    const user = userEvent.setup({ delay: null });
    const facility = await seedFacility('De Kade');
    await seedRound(facility.id);
    renderArea('/zelfevaluatie');
    const row = await screen.findByRole('row', { name: /De Kade/ });
    expect(within(row).getByText('1')).toBeInTheDocument();
    expect(within(row).getByText('Bezig')).toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: 'Bewerken: De Kade' }));
    expect(
      screen.getByRole('heading', { level: 2, name: 'Voorziening bewerken: De Kade' }),
    ).toHaveFocus();
    const name = screen.getByLabelText('Naam van de voorziening');
    expect(name).toHaveValue('De Kade');
    await user.clear(name);
    await user.type(name, 'De Kade Gent');
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(
      await screen.findByText('Voorziening ‘De Kade Gent’ is bijgewerkt.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Nieuwe voorziening' }),
    ).toBeInTheDocument();

    await user.click(await screen.findByRole('button', { name: 'Archiveren: De Kade Gent' }));
    await waitFor(() =>
      expect(screen.queryByRole('row', { name: /De Kade Gent/ })).not.toBeInTheDocument(),
    );
    await user.click(screen.getByLabelText('Toon gearchiveerde'));
    const archivedRow = await screen.findByRole('row', { name: /De Kade Gent/ });
    expect(within(archivedRow).getByText('Gearchiveerd')).toBeInTheDocument();
    await user.click(
      within(archivedRow).getByRole('button', { name: 'Terugzetten: De Kade Gent' }),
    );
    await waitFor(async () => expect((await listFacilities())[0]?.archived).toBe(false));
  });

  it('speaks English when the user chose English', async () => {
    await i18n.changeLanguage('en');
    renderArea('/zelfevaluatie');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Self-assessment' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'New facility' })).toBeInTheDocument();
    expect(screen.getByLabelText('Type of facility')).toHaveDisplayValue('— Choose —');
  });
});
