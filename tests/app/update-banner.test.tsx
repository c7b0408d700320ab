import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/i18n';
import { setLanguage } from '../../src/i18n';
import { UpdateBanner } from '../../src/app/update-banner';
import { useUiStore } from '../../src/store/ui-store';
import { AREA_TEST } from '../timeouts';

afterEach(() => {
  act(() => {
    useUiStore.setState({ pendingUpdate: null, offlineReady: false });
  });
  setLanguage('nl-BE');
});

describe('update banner', AREA_TEST, () => {
  it('shows nothing while there is no new version', () => {
    render(<UpdateBanner />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('asks before reloading into a new version, and reloads only when asked', async () => {
    const user = userEvent.setup();
    const apply = vi.fn(() => Promise.resolve());
    render(<UpdateBanner />);
    act(() => useUiStore.getState().setPendingUpdate(apply));

    expect(screen.getByRole('status')).toHaveTextContent(
      'Er is een nieuwe versie van de toepassing',
    );
    expect(apply).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Nu vernieuwen' }));
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('lets the user postpone the update without reloading', async () => {
    const user = userEvent.setup();
    const apply = vi.fn(() => Promise.resolve());
    render(<UpdateBanner />);
    act(() => useUiStore.getState().setPendingUpdate(apply));
    await user.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('button', { name: 'Nu vernieuwen' })).not.toBeInTheDocument();
    expect(apply).not.toHaveBeenCalled();
  });

  it('says when the app works offline, in English too', async () => {
    const user = userEvent.setup();
    setLanguage('en');
    render(<UpdateBanner />);
    act(() => useUiStore.getState().setOfflineReady(true));
    expect(screen.getByRole('status')).toHaveTextContent(
      'The app now also works without an internet connection.',
    );
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
