import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { preloadable } from '../../src/ui/preloadable';

function Hello({ name }: { name: string }) {
  return <p>Hallo {name}</p>;
}

const inSuspense = (node: React.ReactNode) => <Suspense fallback={<p>Laden…</p>}>{node}</Suspense>;

describe('preloadable', () => {
  it('suspends while the code loads when nothing was preloaded', async () => {
    const { Component } = preloadable(() => Promise.resolve(Hello));
    render(inSuspense(<Component name="Anker" />));
    expect(screen.getByText('Laden…')).toBeInTheDocument();
    expect(await screen.findByText('Hallo Anker')).toBeInTheDocument();
  });

  it('renders at once, without the fallback, once preloaded; loads the code once', async () => {
    const load = vi.fn(() => Promise.resolve(Hello));
    const { Component, preload } = preloadable(load);
    await act(() => preload());
    await act(() => preload());
    render(inSuspense(<Component name="Linde" />));
    expect(screen.getByText('Hallo Linde')).toBeInTheDocument();
    expect(screen.queryByText('Laden…')).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed load', async () => {
    const load = vi
      .fn<() => Promise<typeof Hello>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(Hello);
    const { Component, preload } = preloadable(load);
    await expect(preload()).rejects.toThrow('offline');
    await act(() => preload());
    render(inSuspense(<Component name="Beuken" />));
    expect(screen.getByText('Hallo Beuken')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
