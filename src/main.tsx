import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/styles.css';
import { App } from './app/app';
import { prefetchAreas } from './app/routes';
import { i18n, namespaces } from './i18n';
import { registerServiceWorker } from './app/pwa';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
registerServiceWorker();

const whenIdle = (fn: () => void) =>
  'requestIdleCallback' in window
    ? window.requestIdleCallback(fn, { timeout: 3000 })
    : setTimeout(fn, 1500);
whenIdle(() => {
  prefetchAreas();
  void i18n.loadNamespaces(namespaces);
});
