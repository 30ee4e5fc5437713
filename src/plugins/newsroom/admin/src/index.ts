import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import { Globe } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { addEmbargoColumn } from './components/EmbargoCell';
import { labelEnumerationColumns } from './components/EnumerationCell';
import { withLocaleOffers } from './components/LocalePickerOffers';
import { NewsroomPanel } from './components/NewsroomPanel';
import { withEditorialChecks } from './components/PublishWithChecks';
import { withoutFillFromLocale } from './components/WithoutFillFromLocale';
import { ARTICLE_UID, PLUGIN_ID } from './pluginId';
import { messageId, messagesFor } from './translations';
import { addBidiStyles } from './utils/bidi-styles';

export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Globe,
      intlLabel: { id: messageId('plugin.name'), defaultMessage: 'Newsroom' },
      Component: () => import('./pages/App'),
      // The same permission the dashboard's API route asks for.
      permissions: [{ action: 'plugin::content-manager.explorer.read', subject: ARTICLE_UID }],
      position: 2,
    });
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },

  bootstrap(app: StrapiApp) {
    addBidiStyles(document);
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', labelEnumerationColumns);
    const contentManager = app.getPlugin('content-manager').apis as ContentManagerPlugin['config']['apis'];
    contentManager.addEditViewSidePanel([NewsroomPanel]);
    // The articles' list says which drafts are embargoed, and until when. In bootstrap, as i18n does: the content
    // manager creates the hook in its register, which may run after ours.
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', addEmbargoColumn);
    contentManager.addDocumentAction((actions) =>
      actions.map((action) => (action.type === 'publish' ? withEditorialChecks(action) : action))
    );
    // The i18n plugin's bootstrap (a core plugin's) has run: its locale picker is among these.
    contentManager.addDocumentHeaderAction((actions) => actions.map((action) => withoutFillFromLocale(withLocaleOffers(action))));
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({ data: messagesFor(locale), locale }));
  },
};
