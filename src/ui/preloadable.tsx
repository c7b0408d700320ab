import { lazy, type ComponentType, type JSX } from 'react';

export interface Preloadable<P extends object> {
  /** Renders the component; suspends (to the nearest Suspense) only while its code loads. */
  Component: (props: P) => JSX.Element;
  /** Fetches and evaluates the code ahead of need; a failure is left to the render to report. */
  preload: () => Promise<unknown>;
}

/**
 * React.lazy whose code can be fetched ahead of need, and which then renders at once.
 *
 * A plain lazy component suspends on its first render even when its chunk is already loaded
 * (its promise settles a microtask later), and React then keeps the fallback on screen for up
 * to 300 ms (it throttles revealing suspended content). Once `preload` has finished, this one
 * renders the loaded component directly: no fallback, no wait.
 */
export function preloadable<P extends object>(
  load: () => Promise<ComponentType<P>>,
): Preloadable<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A failed load may be retried by the next render (e.g. once back online).
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Component(props: P) {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  return { Component, preload };
}
