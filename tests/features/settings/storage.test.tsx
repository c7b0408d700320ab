import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderSettings, resetAll } from './helpers';
import { AREA_TEST } from '../timeouts';

// Not about the bundled framework: no bundled files, so each render does not parse and check
// the full 64-criterion framework (slow on a busy machine).
vi.mock('../../../src/io/bundled-frameworks', async (importOriginal) =>
  (await import('../no-bundled-frameworks')).mockNoBundledFrameworks(importOriginal),
);

beforeEach(resetAll);

const original = Object.getOwnPropertyDescriptor(navigator, 'storage');
function stubStorage(value: unknown) {
  Object.defineProperty(navigator, 'storage', { value, configurable: true });
}
afterEach(() => {
  if (original) Object.defineProperty(navigator, 'storage', original);
  else delete (navigator as unknown as Record<string, unknown>).storage;
});

function fact(term: string): HTMLElement {
  return screen.getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement;
}

describe('storage section', AREA_TEST, () => {
  it('explains non-persistent storage, shows usage, and requests persistence', async () => {
    let granted = false;
    const persist = vi.fn(async () => {
      granted = true;
      return true;
    });
    stubStorage({
      persisted: vi.fn(async () => granted),
      persist,
      estimate: vi.fn(async () => ({ usage: 5_200_000, quota: 2_000_000_000 })),
    });
    const user = userEvent.setup({ delay: null });
    renderSettings();

    expect(await screen.findByText('Nee, niet toegestaan.')).toBeInTheDocument();
    expect(fact('Blijvende opslag')).toHaveTextContent(
      'mag de browser de gegevens van deze toepassing zonder waarschuwing wissen',
    );
    expect(fact('Gebruikte ruimte')).toHaveTextContent(
      '5,2 MB gebruikt van 2 GB beschikbaar (0,3%)',
    );

    await user.click(screen.getByRole('button', { name: 'Vraag blijvende opslag aan' }));
    expect(
      await screen.findByText(/De browser heeft blijvende opslag toegestaan/),
    ).toBeInTheDocument();
    expect(persist).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Ja, toegestaan.')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Vraag blijvende opslag aan' }),
    ).not.toBeInTheDocument();
  });

  it('reports a refusal plainly', async () => {
    stubStorage({
      persisted: vi.fn(async () => false),
      persist: vi.fn(async () => false),
      estimate: vi.fn(async () => ({ usage: 12_300, quota: 500_000_000 })),
    });
    const user = userEvent.setup({ delay: null });
    renderSettings();
    expect(
      await screen.findByText('12,3 kB gebruikt van 500 MB beschikbaar (< 0,1%)'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Vraag blijvende opslag aan' }));
    expect(
      await screen.findByText(/De browser heeft blijvende opslag niet toegestaan/),
    ).toBeInTheDocument();
    expect(screen.getByText('Nee, niet toegestaan.')).toBeInTheDocument();
  });

  it('says "unknown" when the browser has no Storage API', async () => {
    stubStorage(undefined);
    renderSettings();
    expect(await screen.findByText('Onbekend.')).toBeInTheDocument();
    expect(fact('Blijvende opslag')).toHaveTextContent('Ga ervan uit dat ze gewist kunnen worden');
    expect(fact('Gebruikte ruimte')).toHaveTextContent(
      'Deze browser geeft niet door hoeveel ruimte er gebruikt wordt.',
    );
  });
});
