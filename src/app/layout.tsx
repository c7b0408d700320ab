import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router';
import { LANGUAGES, currentLanguage, isLanguage, setLanguage } from '../i18n';
import { LanguageSwitch } from '../ui/language-switch';
import { UpdateBanner } from './update-banner';
import { AppNotices } from './app-notices';
import { AREAS } from './areas';

export function Layout() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const navListRef = useRef<HTMLUListElement>(null);

  // On a phone the row of areas scrolls sideways: keep the current area in sight (an effect:
  // the prerendered first render knows no widths).
  useEffect(() => {
    const list = navListRef.current;
    const current = list?.querySelector<HTMLElement>('a[aria-current="page"]');
    if (!list || !current) return;
    const row = list.getBoundingClientRect();
    const link = current.getBoundingClientRect();
    if (link.left < row.left || link.right > row.right) {
      list.scrollLeft += link.left - row.left - (row.width - link.width) / 2;
    }
  }, [location.pathname]);

  // After client-side navigation, move focus to the new page so keyboard and screen-reader
  // users start at its content rather than on the link they left.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const heading = document.getElementById('page-title');
    (heading ?? mainRef.current)?.focus();
  }, [location.pathname]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <span className="brand-name">{t('appName')}</span>
        <span className="brand-tagline">{t('appTagline')}</span>
      </header>
      {/* One compact bar: the areas scroll sideways on a phone, the language stays in reach. */}
      <div className="app-bar">
        <nav className="app-nav" aria-label={t('mainNavigation')}>
          <ul ref={navListRef}>
            {AREAS.map((area) => (
              <li key={area.key}>
                <NavLink to={area.path} end={area.path === '/'}>
                  {t(`nav.${area.key}`)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitch
          languages={LANGUAGES}
          current={isLanguage(i18n.language) ? i18n.language : currentLanguage()}
          onChange={(lang) => {
            if (isLanguage(lang)) setLanguage(lang);
          }}
        />
      </div>
      <UpdateBanner />
      <AppNotices />
      <main id="main" ref={mainRef} tabIndex={-1}>
        <Suspense fallback={<p role="status">{t('loading')}</p>}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
