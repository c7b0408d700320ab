import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Keeps the document title in step with the page, so screen readers and tabs name it. */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  const appName = t('appName');
  useEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName;
  }, [title, appName]);
}
