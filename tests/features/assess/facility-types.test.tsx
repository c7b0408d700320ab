import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFacility, listFacilities } from '../../../src/db/facilities-repo';
import { saveLocalFramework } from '../../../src/flows/framework-catalogue';
import { i18n } from '../../../src/i18n';
import otherFramework from '../../fixtures/frameworks/kader-veilige-opvang-2.0.0.json';
import { AREA_TEST } from '../timeouts';
import { renderArea, resetAll, unwrap } from './helpers';

// The test frameworks declare the types; the big bundled files are not needed here.
vi.mock('../../../src/io/bundled-frameworks', async (importOriginal) =>
  (await import('../no-bundled-frameworks')).mockNoBundledFrameworks(importOriginal),
);

beforeEach(async () => {
  await resetAll(); // the minimal framework, declaring the Flemish types
  const saved = await saveLocalFramework(JSON.stringify(otherFramework));
  if (!saved.ok) throw new Error('fixture framework did not load');
});

const optionNames = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((option) => option.textContent);

describe('facility types come from the frameworks on this device', AREA_TEST, () => {
  it('offers the union of the declared types, then "Andere", and stores the chosen id', async () => {
    const user = userEvent.setup({ delay: null });
    renderArea('/zelfevaluatie');
    const select = await screen.findByLabelText('Type voorziening');
    await screen.findByRole('option', { name: 'Crisisopvang' });
    // Catalogue order: kader-veilige-opvang before minimaal-kader (by id); "Andere" last.
    expect(optionNames(select)).toEqual([
      '— Kies —',
      'Crisisopvang',
      'Kleinschalige woonvorm',
      'Gemeenschapsinstelling',
      'Private voorziening jeugdhulp',
      'VAPH-voorziening',
      'Erkend centrum mensenhandel',
      'Zorgcentrum na seksueel geweld',
      'Andere',
    ]);

    await user.type(screen.getByLabelText('Naam van de voorziening'), 'Opvang Zuid');
    await user.selectOptions(select, 'Crisisopvang');
    await user.selectOptions(screen.getByLabelText('Provincie of regio'), 'Limburg');
    await user.click(screen.getByRole('button', { name: 'Voorziening aanmaken' }));
    const table = await screen.findByRole('table', { name: 'Voorzieningen op dit toestel' });
    const row = await within(table).findByRole('row', { name: /Opvang Zuid/ });
    expect(within(row).getByText('Crisisopvang')).toBeInTheDocument();
    expect((await listFacilities())[0]?.type).toBe('crisisopvang');
  });

  it('shows and keeps a stored type that no framework here declares', async () => {
    const user = userEvent.setup({ delay: null });
    unwrap(
      await createFacility({
        name: 'De Overkant',
        type: 'jeugdpsychiatrie',
        region: 'antwerpen',
        alias: '',
      }),
    );
    renderArea('/zelfevaluatie');
    const row = await screen.findByRole('row', { name: /De Overkant/ });
    expect(within(row).getByText('jeugdpsychiatrie')).toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: 'Bewerken: De Overkant' }));
    const select = screen.getByLabelText('Type voorziening');
    expect(select).toHaveDisplayValue('jeugdpsychiatrie');
    // Not a new choice for other facilities, but still one for this one: listed before "Andere".
    expect(optionNames(select).slice(-2)).toEqual(['jeugdpsychiatrie', 'Andere']);
    const name = screen.getByLabelText('Naam van de voorziening');
    await user.clear(name);
    await user.type(name, 'De Overkant 2');
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(await screen.findByText('Voorziening ‘De Overkant 2’ is bijgewerkt.')).toBeVisible();
    expect((await listFacilities())[0]).toMatchObject({
      name: 'De Overkant 2',
      type: 'jeugdpsychiatrie',
    });
  });

  it('labels the types in English from the frameworks', async () => {
    await i18n.changeLanguage('en');
    renderArea('/zelfevaluatie');
    const select = await screen.findByLabelText('Type of facility');
    await screen.findByRole('option', { name: 'Crisis shelter' });
    expect(optionNames(select)).toContain('Community institution');
    expect(optionNames(select).at(-1)).toBe('Other');
  });
});
