import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { saveLocalFramework } from '../../../src/flows/framework-catalogue';
import { i18n } from '../../../src/i18n';
import { jsonFile, minimalFramework, renderArea, resetDb } from './helpers';
import { AREA_TEST } from '../timeouts';

beforeEach(resetDb);

describe('Kader list and loading a framework file', AREA_TEST, () => {
  it('lists the bundled framework with its facts', async () => {
    renderArea('/kader');
    expect(screen.getByRole('heading', { level: 1, name: 'Kader' })).toBeInTheDocument();
    const link = await screen.findByRole('link', { name: /versie 1\.0\.0/ });
    const card = link.closest('li')!;
    expect(within(card).getByText('kwaliteitskader-tienerpooiers')).toBeInTheDocument();
    expect(within(card).getByText('meegeleverd')).toBeInTheDocument();
    expect(within(card).getByText('Domeinen')).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: /Verwijderen/ })).not.toBeInTheDocument();
  });

  it('shows every problem of a bad file with its JSON path, then accepts a good file', async () => {
    const user = userEvent.setup({ delay: null });
    renderArea('/kader');
    await screen.findByRole('link', { name: /versie 1\.0\.0/ });

    const bad = minimalFramework();
    bad.domains[0]!.criteria = [];
    delete bad.domains[1]!.title.en;
    await user.upload(
      screen.getByLabelText('Kaderbestand laden'),
      jsonFile(bad, 'framework-bad.json'),
    );

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Het bestand framework-bad.json kon niet geladen worden');
    expect(alert).toHaveTextContent('Er zijn 2 problemen gevonden');
    const items = within(alert.parentElement!).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const criteriaIssue = items.find((item) =>
      item.textContent?.includes('$.domains[0].criteria'),
    )!;
    expect(within(criteriaIssue).getByText('$.domains[0].criteria').tagName).toBe('CODE');
    expect(criteriaIssue).toHaveTextContent('Dit domein heeft geen criteria');
    expect(items.some((item) => item.textContent?.includes('$.domains[1].title.en'))).toBe(true);
    // Nothing was stored.
    expect(screen.queryByRole('link', { name: /Minimaal kader/ })).not.toBeInTheDocument();

    await user.upload(
      screen.getByLabelText('Kaderbestand laden'),
      jsonFile(minimalFramework(), 'framework-good.json'),
    );
    expect(
      await screen.findByText(
        /Het kader ‘Minimaal kader’ versie 1\.0\.0 uit framework-good\.json is geladen/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const link = await screen.findByRole('link', { name: 'Minimaal kader versie 1.0.0' });
    const card = link.closest('li')!;
    expect(within(card).getByText('lokaal geladen')).toBeInTheDocument();
    expect(within(card).getByText('minimaal-kader')).toBeInTheDocument();
    expect(link).toHaveAttribute('href', '/kader/minimaal-kader/1.0.0');
  });

  it('shows problems in English when the interface is in English', async () => {
    await i18n.changeLanguage('en');
    const user = userEvent.setup({ delay: null });
    renderArea('/kader');
    expect(screen.getByRole('heading', { level: 1, name: 'Framework' })).toBeInTheDocument();
    const bad = minimalFramework();
    bad.domains[0]!.criteria = [];
    await user.upload(
      screen.getByLabelText('Load framework file'),
      jsonFile(bad, 'framework-bad.json'),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The file framework-bad.json could not be loaded');
    expect(alert.parentElement).toHaveTextContent('This domain has no criteria');
  });

  it('refuses the same id and version with different content, and says so plainly', async () => {
    const original = minimalFramework();
    expect((await saveLocalFramework(JSON.stringify(original))).ok).toBe(true);
    const user = userEvent.setup({ delay: null });
    renderArea('/kader');
    await screen.findByRole('link', { name: 'Minimaal kader versie 1.0.0' });

    const changed = minimalFramework();
    changed.title['nl-BE'] = 'Minimaal kader (gewijzigd)';
    await user.upload(
      screen.getByLabelText('Kaderbestand laden'),
      jsonFile(changed, 'framework-changed.json'),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Het bestand framework-changed.json werd niet geladen');
    expect(alert).toHaveTextContent(
      'Er is al een kader met id ‘minimaal-kader’ en versie 1.0.0, maar met een andere inhoud. Een gewijzigd kader heeft een nieuw versienummer nodig',
    );
    expect(screen.queryByRole('link', { name: /gewijzigd/ })).not.toBeInTheDocument();

    // The very same content again is harmless.
    await user.upload(
      screen.getByLabelText('Kaderbestand laden'),
      jsonFile(original, 'framework-again.json'),
    );
    expect(
      await screen.findByText(
        'Het kader ‘minimaal-kader’ versie 1.0.0 uit framework-again.json is al geladen. Er is niets veranderd.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('removes a locally loaded framework after a confirm step, by keyboard', async () => {
    expect((await saveLocalFramework(JSON.stringify(minimalFramework()))).ok).toBe(true);
    const user = userEvent.setup({ delay: null });
    renderArea('/kader');
    await screen.findByRole('link', { name: 'Minimaal kader versie 1.0.0' });

    const remove = screen.getByRole('button', { name: 'Verwijderen Minimaal kader versie 1.0.0' });
    remove.focus();
    await user.keyboard('{Enter}');
    const group = screen.getByRole('group', {
      name: /Wilt u het kader ‘Minimaal kader’ versie 1\.0\.0/,
    });
    expect(group).toHaveFocus();

    // Escape cancels and returns to the button.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Verwijderen Minimaal kader/ })).toHaveFocus();

    await user.keyboard('{Enter}');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Ja, verwijderen' })).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(
      await screen.findByText('Het kader ‘Minimaal kader’ versie 1.0.0 is verwijderd.'),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(
        screen.queryByRole('link', { name: 'Minimaal kader versie 1.0.0' }),
      ).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Beschikbare kaders' })).toHaveFocus();
  });
});
