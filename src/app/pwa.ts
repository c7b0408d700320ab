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
      useUiStore.getState().setPendingUpdate(() => updateSW(true));
    },
    onOfflineReady() {
      useUiStore.getState().setOfflineReady(true);
    },
  });
}
