import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../ui/page';
import { AREAS } from './areas';

export function HomePage() {
  const { t } = useTranslation();
  return (
    <Page title={t('home.title')} lead={t('home.intro')}>
      <p className="notice">{t('home.privacy')}</p>
      <p>{t('home.local')}</p>
      <h2>{t('home.areasTitle')}</h2>
      <ul className="area-list">
        {AREAS.filter((a) => a.key !== 'home').map((area) => (
          <li key={area.key}>
            <Link to={area.path}>{t(`nav.${area.key}`)}</Link>
            <span> — {t(`home.areas.${area.key}`)}</span>
          </li>
        ))}
      </ul>
    </Page>
  );
}
