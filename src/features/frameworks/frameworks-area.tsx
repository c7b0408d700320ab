import { Route, Routes } from 'react-router';
import {
  FrameworkDetailPage,
  FrameworkNotFound,
  NewestVersionRedirect,
} from './framework-detail-page';
import { FrameworkListPage } from './framework-list-page';
import './frameworks.css';

/** The Kader/Framework area: /kader, /kader/:frameworkId[/:version][#criterion-id]. */
export function FrameworksArea() {
  return (
    <Routes>
      <Route index element={<FrameworkListPage />} />
      <Route path=":frameworkId" element={<NewestVersionRedirect />} />
      <Route path=":frameworkId/:version" element={<FrameworkDetailPage />} />
      <Route path="*" element={<FrameworkNotFound />} />
    </Routes>
  );
}
