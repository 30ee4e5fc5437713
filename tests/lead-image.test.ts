import sharp from 'sharp';
import { REFERENCE_SLUG } from './helpers/reference';
import { createApiToken, startStrapi, type TestApp } from './helpers/strapi';
import { expandJsonLd, ninjsValidator, parseFeed } from './helpers/validators';

const SCHEMA = 'https://schema.org/';

interface UploadedFile {
  id: number;
  url: string;
  width: number;
  height: number;
  formats: Record<string, { url: string; width: number }>;
}

/** A photograph-sized PNG made for the test: wide enough for every one of Strapi's responsive formats. */
const testImage = () =>
  sharp({ create: { width: 1600, height: 900, channels: 3, background: { r: 20, g: 90, b: 160 } } })
    .png()
    .toBuffer();

type Expanded = Record<string, { '@value'?: string; '@id'?: string; '@type'?: string[] }[]>;

describe('a lead image with its caption, alt text, credit and copyright holder', () => {
  let app: TestApp;
  let token: string;
  let image: UploadedFile;
  let slug: string;
  const validateNinjs = ninjsValidator();
  const api = (path: string) => app.http().get(`/api/newsroom/articles/slug/${encodeURIComponent(slug)}${path}`).query({ locale: 'ar' });

  beforeAll(async () => {
    app = await startStrapi();
    token = await createApiToken(app.strapi);
    const upload = await app
      .http()
      .post('/api/upload')
      .set('Authorization', `Bearer ${token}`)
      .attach('files', await testImage(), { filename: 'kabul.png', contentType: 'image/png' });
    expect(upload.status).toBe(201);
    [image] = upload.body as UploadedFile[];
    const created = await app
      .http()
      .post('/api/newsroom/articles')
      .query({ locale: 'ar', status: 'published' })
      .set('Authorization', `Bearer ${token}`)
      .send({
        data: {
          title: 'كابول في صورة',
          body: [{ type: 'paragraph', children: [{ type: 'text', text: 'نص المقال.' }] }],
          leadImage: image.id,
          leadImageCaption: 'شارع في كابول',
          leadImageAlt: 'سيارات في شارع مزدحم',
          leadImageCredit: 'Photo: Jane Doe',
          leadImageCopyrightHolder: 'Newsroom Agency',
        },
      });
    expect(created.status).toBe(201);
    slug = created.body.data.slug;
  });

  afterAll(async () => {
    if (image) await app.strapi.plugin('upload').service('upload').remove(await app.strapi.db.query('plugin::upload.file').findOne({ where: { id: image.id } }));
    await app?.stop();
  });

  it('is uploaded through Strapi’s upload plugin, which makes its responsive formats', async () => {
    expect(Object.keys(image.formats).sort()).toEqual(['large', 'medium', 'small', 'thumbnail']);
    const served = await app.http().get(image.url);
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
  });

  it('shows in the public API answer with its formats, caption and credit', async () => {
    const { data } = (await api('')).body;
    expect(data.leadImage).toMatchObject({ url: image.url, width: 1600, height: 900 });
    expect(Object.keys(data.leadImage.formats).sort()).toEqual(['large', 'medium', 'small', 'thumbnail']);
    expect(data).toMatchObject({
      leadImageCaption: 'شارع في كابول',
      leadImageAlt: 'سيارات في شارع مزدحم',
      leadImageCredit: 'Photo: Jane Doe',
      leadImageCopyrightHolder: 'Newsroom Agency',
    });
  });

  it('is an ImageObject in JSON-LD, with creditText, copyrightHolder and caption, at an absolute address', async () => {
    const [node] = (await expandJsonLd(JSON.parse((await api('/jsonld')).text))) as Expanded[];
    const [picture] = node[`${SCHEMA}image`] as unknown as Expanded[];
    expect(picture['@type' as never]).toEqual([`${SCHEMA}ImageObject`]);
    const absolute = `${app.strapi.config.get('server.absoluteUrl')}${image.url}`;
    expect(picture[`${SCHEMA}contentUrl`]).toEqual([{ '@value': absolute }]);
    expect(picture[`${SCHEMA}creditText`]).toEqual([{ '@value': 'Photo: Jane Doe' }]);
    expect(picture[`${SCHEMA}caption`]).toEqual([{ '@value': 'شارع في كابول' }]);
    const [holder] = picture[`${SCHEMA}copyrightHolder`] as unknown as Expanded[];
    expect(holder[`${SCHEMA}name`]).toEqual([{ '@value': 'Newsroom Agency' }]);
  });

  it('is a picture association in ninjs with a rendition per format, valid against ninjs 3.0', async () => {
    const item = (await api('/ninjs')).body;
    expect(validateNinjs(item)).toBe(true);
    const picture = item.associations.find((association: { type: string }) => association.type === 'picture');
    expect(picture).toMatchObject({ name: 'leadImage', by: 'Photo: Jane Doe', copyrightHolder: 'Newsroom Agency' });
    expect(picture.descriptions).toEqual([{ role: 'caption', contentType: 'text/plain', value: 'شارع في كابول' }]);
    expect(picture.renditions.map((rendition: { name: string }) => rendition.name).sort()).toEqual(
      ['large', 'medium', 'original', 'small', 'thumbnail']
    );
    const original = picture.renditions.find((rendition: { name: string }) => rendition.name === 'original');
    expect(original).toMatchObject({ width: 1600, height: 900, contentType: 'image/png', href: expect.stringMatching(/^http:\/\//) });
  });

  it('is the enclosure of its feed items', async () => {
    const rss = (await app.http().get('/api/newsroom/feeds/rss').query({ locale: 'ar' })).text;
    const { items } = await parseFeed(rss);
    const item = items.find((entry) => entry.title === 'كابول في صورة');
    expect(item?.enclosures).toEqual([expect.objectContaining({ type: 'image/png', url: expect.stringContaining(image.url) })]);
    const atom = (await app.http().get('/api/newsroom/feeds/atom').query({ locale: 'ar' })).text;
    expect(atom).toContain(`rel="enclosure" href="${app.strapi.config.get('server.absoluteUrl')}${image.url}" type="image/png"`);
  });

  it('leaves the reference article text-only: no image in any of its outputs', async () => {
    const page = await app.http().get(`/api/newsroom/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}`).query({ locale: 'ar' });
    expect(page.body.data.leadImage).toBeNull();
    const jsonLd = JSON.parse((await app.http().get(`/api/newsroom/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}/jsonld`).query({ locale: 'ar' })).text);
    expect(jsonLd.image).toBeUndefined();
  });

  it('refuses an image id that is not a number', async () => {
    const response = await app
      .http()
      .post('/api/newsroom/articles')
      .query({ locale: 'ar' })
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'x', body: [{ type: 'paragraph', children: [{ type: 'text', text: 'x' }] }], leadImage: 'kabul.png' } });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/^data\.leadImage: must be the id of an uploaded image/);
  });
});
