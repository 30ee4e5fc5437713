import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ar } from '../ar';

// Strapi's admin packages, with the prefix their message ids get in the admin (the admin's own have none).
const PACKAGES = [
  { prefix: '', dir: '@strapi/admin/dist/admin', english: 'admin/src/translations/en.json.js' },
  { prefix: 'content-manager.', dir: '@strapi/content-manager/dist/admin', english: 'translations/en.json.js' },
  { prefix: 'i18n.', dir: '@strapi/i18n/dist/admin', english: 'translations/en.json.js' },
  { prefix: 'upload.', dir: '@strapi/upload/dist/admin', english: 'translations/en.json.js' },
];
const NODE_MODULES = path.resolve(__dirname, '../../../../node_modules');

const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === 'translations' ? [] : sources(file);
    return name.endsWith('.mjs') ? [file] : [];
  });

/** Where Strapi 5.54 has a message id: in a package's English messages, or asked for by its code only. */
const strapiHas = (() => {
  const english = new Set<string>();
  const code: string[] = [];
  for (const { prefix, dir, english: file } of PACKAGES) {
    const root = path.join(NODE_MODULES, dir);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- Strapi's English messages, as it ships them
    const module = require(path.join(root, file)) as { default?: Record<string, string> } & Record<string, string>;
    for (const id of Object.keys(module.default ?? module)) english.add(id.startsWith(prefix) ? id : `${prefix}${id}`);
    code.push(...sources(root).map((source) => `${prefix}\n${readFileSync(source, 'utf8')}`));
  }
  // An id no language has is looked up in code, with or without the package's prefix (getTranslation adds it).
  const inCode = (id: string) =>
    code.some((source) => {
      const prefix = source.slice(0, source.indexOf('\n'));
      const bare = prefix && id.startsWith(prefix) ? id.slice(prefix.length) : id;
      return source.includes(`'${bare}'`) || source.includes(`'${id}'`);
    });
  return (id: string) => english.has(id) || inCode(id);
})();

describe("the app's overrides of Strapi's Arabic admin strings", () => {
  it("overrides only message ids Strapi 5.54 has, so an id renamed by an upgrade fails here", () => {
    const unknown = Object.keys(ar).filter((id) => !strapiHas(id));
    expect(unknown).toEqual([]);
  });

  it('writes each in Arabic script, and a button as a command, not as "he saves"', () => {
    for (const [id, text] of Object.entries(ar)) expect({ id, text }).toEqual({ id, text: expect.stringMatching(/[\u0600-\u06FF]/) });
    expect(ar['global.save']).toBe('حفظ');
    expect(ar['app.utils.publish']).toBe('نشر');
    expect(ar['app.components.Button.confirm']).toBe('تأكيد');
  });
});
