import { Route, Routes } from 'react-router';
import { ImportPage } from './import/import-page';
import './compare.css';

/**
 * Vergelijken: for now the import of facilities' exchange files; the comparison views come
 * next to it (issue 11 builds the import, a later issue the comparison).
 */
export function CompareArea() {
  return (
    <Routes>
      <Route index element={<ImportPage />} />
      <Route path="inlezen" element={<ImportPage />} />
      <Route path="*" element={<ImportPage />} />
    </Routes>
  );
}
