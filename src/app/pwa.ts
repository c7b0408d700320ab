import { registerSW } from 'virtual:pwa-register';
import { useUiStore } from '../store/ui-store';

/**
 * Registers the service worker. A new version never reloads by itself: the user is asked
 * first, so text being typed is never lost to an automatic reload.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const updateSW = registerSW({
    immediate: true,
    onNeedRefresh() {
      useUiStore.getState().setPendingUpdate(async () => {
        // workbox-window reloads only when the page was already controlled at load time; on a
        // first visit that finds an update in the same session it would not, and the button
        // would seem to do nothing. Reloading on the controller change covers both cases.
        navigator.serviceWorker.addEventListener(
          'controllerchange',
          () => window.location.reload(),
          {
            once: true,
          },
        );
        await updateSW(true);
      });
    },
    onOfflineReady() {
      useUiStore.getState().setOfflineReady(true);
    },
  });
}
