import { useTranslation } from 'react-i18next';

/** The languages the app has catalogues for (each has a `languages.<code>` name). */
export type LanguageCode = 'nl-BE' | 'en';

export interface LanguageSwitchProps {
  languages: readonly LanguageCode[];
  current: string;
  onChange: (lang: string) => void;
}

/** A labelled select: works by keyboard and names itself in both languages' terms. */
export function LanguageSwitch({ languages, current, onChange }: LanguageSwitchProps) {
  const { t } = useTranslation();
  return (
    <div className="language-switch">
      <label htmlFor="language-select">{t('language')}</label>
      <select id="language-select" value={current} onChange={(e) => onChange(e.target.value)}>
        {languages.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {t(`languages.${lang}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
