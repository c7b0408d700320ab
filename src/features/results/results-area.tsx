import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router';
import { Page } from '../../ui/page';
import { AssessmentResultsPage } from './assessment-results-page';
import { ResultsIndexPage } from './results-index-page';
import { ScoringRulesPage } from './scoring-rules-page';
import { TrendPage } from './trend-page';
import './results.css';

export function ResultsArea() {
  return (
    <Routes>
      <Route index element={<ResultsIndexPage />} />
      <Route path="ronde/:assessmentId" element={<AssessmentResultsPage />} />
      <Route path="trend/:facilityId" element={<TrendPage />} />
      <Route path="scoreregels" element={<ScoringRulesPage />} />
      <Route path="*" element={<ResultsNotFound />} />
    </Routes>
  );
}

function ResultsNotFound() {
  const { t } = useTranslation('results');
  return (
    <Page title={t('notFound.title')}>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/resultaten">{t('backToOverview')}</Link>
      </p>
    </Page>
  );
}
