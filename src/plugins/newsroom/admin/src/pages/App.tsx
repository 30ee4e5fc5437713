import { Page } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';
import { DashboardPage } from './DashboardPage';
import { TranslatePage } from './TranslatePage';
import { TranslationsPage } from './TranslationsPage';

/** The plugin's pages, under /admin/plugins/newsroom. */
const App = () => (
  <Routes>
    <Route index element={<DashboardPage />} />
    <Route path="translations" element={<TranslationsPage />} />
    <Route path="translate/:documentId/:locale" element={<TranslatePage />} />
    <Route path="*" element={<Page.Error />} />
  </Routes>
);

export default App;
