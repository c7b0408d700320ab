import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes } from 'react-router';
import { AnalysisPage } from './analysis/analysis-page';
import { ImportPage } from './import/import-page';
import './compare.css';
import './analysis/analysis.css';

/** The two halves of the area: reading facilities' files, and comparing them. */
function CompareNav() {
  const { t } = useTranslation('compare');
  return (
    <nav aria-label={t('nav.label')} className="compare-nav no-print">
      <ul>
        <li>
          <NavLink to="/vergelijken" end>
            {t('nav.import')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/vergelijken/overzicht">{t('nav.analysis')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}

/**
 * Vergelijken: the import of facilities' exchange files (issue 11) and, under /overzicht, the
 * comparison views of issue 12.
 */
export function CompareArea() {
  return (
    <>
      <CompareNav />
      <Routes>
        <Route index element={<ImportPage />} />
        <Route path="inlezen" element={<ImportPage />} />
        <Route path="overzicht" element={<AnalysisPage />} />
        <Route path="overzicht/:view" element={<AnalysisPage />} />
        <Route path="*" element={<ImportPage />} />
      </Routes>
    </>
  );
}
