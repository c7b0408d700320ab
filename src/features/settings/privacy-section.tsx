import { useTranslation } from 'react-i18next';

export function LanguageSection() {
  const { t } = useTranslation('settings');
  return (
    <section aria-labelledby="language-heading" className="settings-section">
      <h2 id="language-heading">{t('language.heading')}</h2>
      <p>{t('language.text')}</p>
    </section>
  );
}

/** What the app keeps, where, and what it never does with it. */
export function PrivacySection() {
  const { t } = useTranslation('settings');
  return (
    <section id="privacy" aria-labelledby="privacy-heading" className="settings-section">
      <h2 id="privacy-heading">{t('privacy.heading')}</h2>
      <h3>{t('privacy.whatHeading')}</h3>
      <p>{t('privacy.what')}</p>
      <h3>{t('privacy.whereHeading')}</h3>
      <p>{t('privacy.where')}</p>
      <h3>{t('privacy.sentHeading')}</h3>
      <p>{t('privacy.sent')}</p>
      <h3>{t('privacy.namesHeading')}</h3>
      <p>{t('privacy.names')}</p>
    </section>
  );
}
