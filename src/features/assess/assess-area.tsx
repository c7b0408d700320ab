import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router';
import { Page } from '../../ui/page';
import { FacilitiesPage } from './facilities/facilities-page';
import { FacilityPage } from './facility/facility-page';
import { ScoringRoute } from './scoring/scoring-page';
import './assess.css';

/** Zelfevaluatie: facilities → rounds → the scoring screen of one round. */
export function AssessArea() {
  return (
    <Routes>
      <Route index element={<FacilitiesPage />} />
      <Route path="voorziening/:facilityId" element={<FacilityPage />} />
      <Route path="ronde/:assessmentId" element={<ScoringRoute />} />
      <Route path="*" element={<AssessNotFound />} />
    </Routes>
  );
}

function AssessNotFound() {
  const { t } = useTranslation('assess');
  return (
    <Page title={t('notFound.title')}>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/zelfevaluatie">{t('backToFacilities')}</Link>
      </p>
    </Page>
  );
}
