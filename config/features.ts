// Strapi's own first-publication stamp: a news article's date is when it first went out, not its latest
// re-publish after a typo fix. The plugin's lists, feeds, JSON-LD and ninjs all read it.
export default {
  future: {
    experimental_firstPublishedAt: true,
  },
};
