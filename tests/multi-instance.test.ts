import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from './helpers/database';
import { apiTokenFrom, deploymentEnv, startInstance, type Instance } from './helpers/instances';
import { APP_DIR } from './helpers/strapi';

const seed = JSON.parse(readFileSync(path.join(APP_DIR, 'database', 'seeds', 'reference-article.json'), 'utf8')) as {
  experts: unknown[];
  tags: unknown[];
};

interface Answer {
  status: number;
  body: any;
}

// Several instances behind a load balancer are a PostgreSQL deployment; SQLite is one process's file.
const onPostgres = process.env.DATABASE_CLIENT === 'postgres';

(onPostgres ? describe : describe.skip)('two Strapi instances on one PostgreSQL database', () => {
  let database: TestDatabase;
  let instances: Instance[] = [];
  let token: string;
  let sql: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    const env = deploymentEnv(database);
    // Both boot at once on the empty database, as after a deployment.
    instances = await Promise.all([startInstance(env), startInstance(env)]);
    token = await apiTokenFrom(instances[0]);
    sql = new Client({
      host: env.DATABASE_HOST,
      port: Number(env.DATABASE_PORT),
      user: env.DATABASE_USERNAME,
      database: env.DATABASE_NAME,
    });
    await sql.connect();
  }, 300_000);

  afterAll(async () => {
    await sql?.end();
    await Promise.all(instances.map((instance) => instance.stop()));
    await database?.drop();
  });

  const call = async (
    instance: Instance,
    method: string,
    route: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer> => {
    const response = await fetch(`${instance.url}/api/newsroom${route}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };
  const count = async (query: string, values: unknown[] = []): Promise<number> =>
    Number((await sql.query(query, values)).rows[0].n);
  const body = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

  it('seed the reference article, its experts and its tags exactly once when they boot together', async () => {
    expect(await count('select count(distinct document_id) as n from newsroom_articles')).toBe(1);
    expect(await count("select count(*) as n from newsroom_articles where locale = 'ar'")).toBe(2);
    expect(await count('select count(distinct document_id) as n from newsroom_experts')).toBe(seed.experts.length);
    expect(await count('select count(distinct document_id) as n from newsroom_entity_tags')).toBe(seed.tags.length);
    for (const instance of instances) {
      const list = await call(instance, 'GET', '/articles?locale=ar');
      expect(list.body.data).toHaveLength(1);
    }
  });

  it('store each of 200 simultaneous creates with colliding titles once, each with a slug of its own, without a 5xx', async () => {
    const titles = [
      'عاجل: انفجار في كابول',
      'عاجل: انفجار في كابول',
      'Breaking: blast in Kabul',
      'عاجل',
      'عاجل: انفجار',
    ];
    const requests = Array.from({ length: 200 }, (_, i) =>
      call(instances[i % 2], 'POST', '/articles?locale=ar', {
        data: { title: titles[i % titles.length], standfirst: `طلب رقم ${i}`, body: body(`نص الطلب ${i}`) },
      }),
    );
    const answers = await Promise.all(requests);
    const statuses = answers.reduce<Record<number, number>>(
      (tally, answer) => ({ ...tally, [answer.status]: (tally[answer.status] ?? 0) + 1 }),
      {},
    );
    // Every create is stored, or refused with a clear 409 that says to send it again; never a 5xx.
    expect(Object.keys(statuses).every((status) => status === '201' || status === '409')).toBe(true);
    for (const answer of answers.filter((a) => a.status === 409))
      expect(answer.body.error.message).toMatch(/send the request again/);
    const created = answers.filter((answer) => answer.status === 201);
    // On PostgreSQL writers choosing slugs take turns, so none has to be refused.
    expect(created.length).toBe(200);

    const slugs = created.map((answer) => answer.body.data.slug as string);
    expect(new Set(slugs).size).toBe(created.length);
    expect(
      await count(
        `select count(*) as n from (select slug from newsroom_articles where locale = 'ar' group by slug, published_at is null having count(*) > 1) d`,
      ),
    ).toBe(0);
    for (const [i, answer] of answers.entries()) {
      const rows = await count('select count(*) as n from newsroom_articles where standfirst = $1', [`طلب رقم ${i}`]);
      expect({ i, rows }).toEqual({ i, rows: answer.status === 201 ? 1 : 0 });
    }
    console.log(`200 simultaneous colliding creates on two instances: ${JSON.stringify(statuses)}`);
  });

  it('let one of many simultaneous edits of one version through, and lose no edit of editors who reload on 412', async () => {
    const created = await call(instances[0], 'POST', '/articles?locale=ar', {
      data: { title: 'مقال يحرره الجميع', body: body('نص') },
    });
    expect(created.status).toBe(201);
    const { documentId, updatedAt } = created.body.data;

    const racing = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        call(
          instances[i % 2],
          'PUT',
          `/articles/${documentId}?locale=ar`,
          { data: { standfirst: `سباق ${i}` } },
          { 'if-match': `"${updatedAt}"` },
        ),
      ),
    );
    expect(racing.map((answer) => answer.status).sort()).toEqual([200, ...Array(19).fill(412)]);

    // Ten editors each add a line, on either instance, reloading and reapplying when told the article moved on.
    const edit = async (editor: number) => {
      for (let attempt = 0; attempt < 100; attempt += 1) {
        const instance = instances[(editor + attempt) % 2];
        const current = await call(instance, 'GET', `/articles/${documentId}?locale=ar&status=draft`);
        const lines = (current.body.data.standfirst as string).split('\n');
        const answer = await call(
          instance,
          'PUT',
          `/articles/${documentId}?locale=ar`,
          { data: { standfirst: [...lines, `المحرر ${editor}`].join('\n') } },
          { 'if-match': `"${current.body.data.updatedAt}"` },
        );
        if (answer.status === 200) return attempt;
        expect(answer.status).toBe(412);
      }
      throw new Error(`editor ${editor} never got through`);
    };
    const retries = await Promise.all(Array.from({ length: 10 }, (_, editor) => edit(editor)));
    const final = await call(instances[1], 'GET', `/articles/${documentId}?locale=ar&status=draft`);
    for (let editor = 0; editor < 10; editor += 1) expect(final.body.data.standfirst).toContain(`المحرر ${editor}`);
    console.log(
      `10 editors on two instances: ${retries.reduce((a, b) => a + b, 0)} edits refused with 412 and reapplied`,
    );
  });

  it('publish an embargoed draft at its time, once, though both run the embargo job every second', async () => {
    const embargoUntil = new Date(Date.now() + 3000).toISOString();
    const created = await call(instances[1], 'POST', '/articles?locale=ar', {
      data: { title: 'بيان محظور حتى موعده', embargoUntil, body: body('نص البيان') },
    });
    expect(created.status).toBe(201);
    const { documentId, slug } = created.body.data;
    const live = () => fetch(`${instances[0].url}/api/newsroom/articles/slug/${encodeURIComponent(slug)}?locale=ar`);

    let published = false;
    for (let waited = 0; waited < 60 && !published; waited += 1) {
      if (Date.now() < Date.parse(embargoUntil)) expect((await live()).status).toBe(404);
      else published = (await live()).status === 200;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(published).toBe(true);
    // Give the other instance's job a few more runs to publish it a second time, if it could.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const log = await call(instances[0], 'GET', `/articles/${documentId}/publication-log`);
    expect(log.body.data.filter((event: { action: string }) => event.action === 'scheduled-publish')).toHaveLength(1);
    expect(
      await count('select count(*) as n from newsroom_articles where document_id = $1 and published_at is not null', [
        documentId,
      ]),
    ).toBe(1);
  });
});
