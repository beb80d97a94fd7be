import { Route, Routes } from 'react-router';
import NotFoundPage from '../NotFoundPage.tsx';
import ConfigurationEditorPage from './ConfigurationEditorPage.tsx';
import ConfigurationGuard from './ConfigurationGuard.tsx';
import ConfigurationHomePage from './ConfigurationHomePage.tsx';
import ConfigurationVersionPage from './ConfigurationVersionPage.tsx';
import ConfigurationVersionsPage from './ConfigurationVersionsPage.tsx';

/** The organisation model's pages under /organisatiemodel, one chunk for the roles that use them. */
export default function ConfigurationRoutes() {
  return (
    <Routes>
      <Route element={<ConfigurationGuard />}>
        <Route index element={<ConfigurationHomePage />} />
        <Route path=":municipalityId" element={<ConfigurationVersionsPage />} />
        <Route path=":municipalityId/nieuw" element={<ConfigurationEditorPage />} />
        <Route path=":municipalityId/versies/:versionId" element={<ConfigurationVersionPage />} />
        <Route path=":municipalityId/versies/:versionId/wijzigen" element={<ConfigurationEditorPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
