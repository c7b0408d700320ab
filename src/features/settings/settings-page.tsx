import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Page } from '../../ui/page';
import { BackupSection } from './backup-section';
import { DemoSection } from './demo-section';
import { LanguageSection, PrivacySection } from './privacy-section';
import { RestoreSection } from './restore-section';
import { StorageSection } from './storage-section';

/**
 * Links like /instellingen#backup (the app-wide backup reminder) must land on that section. The
 * router does not scroll to hashes, and the layout focuses the h1 after every navigation, so
 * this runs one task later and moves focus to the section's heading (or the section).
 */
function useFocusHashTarget(hash: string): void {
  useEffect(() => {
    if (!hash || hash === '#') return;
    const timer = setTimeout(() => {
      let id: string;
      try {
        id = decodeURIComponent(hash.slice(1));
      } catch {
        return;
      }
      const target = document.getElementById(id);
      if (!target) return;
      const focusable = target.querySelector<HTMLElement>('h2[tabindex="-1"]') ?? target;
      if (typeof target.scrollIntoView === 'function') target.scrollIntoView({ block: 'start' });
      focusable.focus({ preventScroll: true });
    }, 0);
    return () => clearTimeout(timer);
  }, [hash]);
}

export function SettingsPage() {
  const { t } = useTranslation('settings');
  const { hash } = useLocation();
  useFocusHashTarget(hash);
  return (
    <Page title={t('title')} lead={t('lead')}>
      <div className="settings">
        <StorageSection />
        <BackupSection />
        <RestoreSection />
        <DemoSection />
        <LanguageSection />
        <PrivacySection />
      </div>
    </Page>
  );
}
