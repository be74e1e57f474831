import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldCipherFromConfig } from '../../src/config/field-cipher.ts';
import { startWorkers, type Workers } from '../../src/jobs/job-worker.ts';
import { sealJson } from '../../src/security/sealed-json.ts';
import { startLibrarySite, type LibrarySite } from '../support/library-site.ts';
import { waitFor } from '../support/test-jobs.ts';
import { startApi, type ApiHarness } from './support/api-app.ts';
import { buildWorld, type World } from './support/api-world.ts';

interface Source {
  id: string;
  url: string;
}
interface Run {
  id: string;
  state: string;
  counts: Record<string, number>;
  queued: number;
}
interface Page {
  id: string;
  title: string;
  tags: { id: string }[];
}
interface Rec {
  id: string;
  title: string;
  status: string;
  reasons: string[];
}

describe('resource library API', () => {
  let h: ApiHarness;
  let w: World;
  let site: LibrarySite;
  let workers: Workers | undefined;
  let source: Source;

  beforeAll(async () => {
    h = await startApi({ CRAWL_ALLOW_PRIVATE_HOSTS: 'true' });
    w = await buildWorld(h);
    site = await startLibrarySite();
  });
  afterAll(async () => {
    await workers?.stop();
    await h.close();
    await site.close();
  });

  it('lets only admins add sources, and refuses bad input without writing anything', async () => {
    const body = { url: `${site.origin}/`, depth: 1, rate: 10 };
    expect((await w.clinA1.post('/api/library/sources', body)).statusCode).toBe(403);
    expect((await w.clientUser.post('/api/library/sources', body)).statusCode).toBe(403);
    for (const bad of [
      { url: 'ftp://files.example/' },
      { ...body, rate: 0 },
      { ...body, depth: 9 },
      { ...body, x: 1 },
    ]) {
      const res = await w.adminA.post('/api/library/sources', bad);
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      expect(res.json<{ message: string }>().message).toMatch(/url|rate|depth|x|unrecognized/i);
    }
    expect((await w.adminA.get('/api/library/sources')).json()).toEqual([]);

    const created = await w.adminA.post('/api/library/sources', body);
    expect(created.statusCode).toBe(201);
    source = created.json<Source>();
    expect(source.url).toBe(`${site.origin}/`);
    // The same site written differently is the same source.
    expect((await w.adminA.post('/api/library/sources', { url: `${site.origin}/#top` })).statusCode).toBe(409);
  });

  it('crawls a source as a job and shows the run progress and the pages', async () => {
    const start = await w.adminA.post(`/api/library/sources/${source.id}/crawls`, {});
    expect(start.statusCode).toBe(202);
    const run = start.json<Run>();
    expect(run.state).toBe('queued');
    expect((await w.adminA.post(`/api/library/sources/${source.id}/crawls`, {})).statusCode).toBe(409);
    expect((await w.clinA1.post(`/api/library/sources/${source.id}/crawls`, {})).statusCode).toBe(403);

    workers = await startWorkers(h.jobs.queue, {
      config: h.jobs.config,
      concurrency: 1,
      names: ['crawl.source'],
      workerName: 'library-test',
      log: pino({ level: 'silent' }),
      listener: h.jobs.listener,
      pollingIntervalSeconds: 0.5,
    });
    const done = await waitFor(async () => {
      const runs = (await w.adminA.get(`/api/library/runs?sourceId=${source.id}`)).json<Run[]>();
      return runs[0]?.state === 'completed' ? runs[0] : undefined;
    });
    expect(done).toMatchObject({ id: run.id, queued: 0, counts: { new: 3, duplicate: 1, disallowed: 1 } });
    expect(site.requests).not.toContain('/private/staff');

    const pages = (await w.clinA1.get('/api/library/pages')).json<Page[]>();
    expect(pages.map((p) => p.title)).toEqual(['Box breathing for panic', 'Self-help library', 'Sleep hygiene basics']);
    const sleep = pages.find((p) => p.title === 'Sleep hygiene basics');
    expect(sleep?.tags.map((t) => t.id)).toContain('sleep');
    const page = await w.adminA.get(`/api/library/pages/${sleep?.id}`);
    expect(page.json<{ markdown: string }>().markdown).toMatch(/sleep diary/i);
    expect((await w.clientUser.get('/api/library/pages')).statusCode).toBe(403);
    const src = (await w.adminA.get('/api/library/sources')).json<{ pages: number; lastCrawledAt: string }[]>();
    expect(src[0]).toMatchObject({ pages: 3, lastCrawledAt: expect.any(String) });
  });

  it("hides one practice's library from another", async () => {
    const pageId = (await w.adminA.get('/api/library/pages')).json<Page[]>()[0]?.id;
    expect((await w.adminB.get('/api/library/sources')).json()).toEqual([]);
    expect((await w.adminB.get('/api/library/runs')).json()).toEqual([]);
    expect((await w.adminB.get('/api/library/pages')).json()).toEqual([]);
    expect((await w.adminB.get(`/api/library/pages/${pageId}`)).statusCode).toBe(404);
    expect((await w.adminB.post(`/api/library/sources/${source.id}/crawls`, {})).statusCode).toBe(404);
    expect((await w.adminB.delete(`/api/library/sources/${source.id}`)).statusCode).toBe(404);
    expect((await w.adminA.get('/api/library/sources')).json()).toHaveLength(1);
  });

  it('proposes pages from the session, the clinician approves, and only then the client sees them', async () => {
    const own = w.targets.own;
    const topics = sealJson(fieldCipherFromConfig(h.jobs.config), {
      topics: [{ id: 'sleep', label: 'Sleep', confidence: 0.9 }],
    });
    await h.testDb.database.db
      .insertInto('analyses')
      .values({
        practice_id: w.clinA1.practiceId,
        session_id: own.sessionId,
        kind: 'topics',
        schema_version: 1,
        provider: 'heuristic',
        payload: topics.value,
        key_id: topics.keyId,
      })
      .execute();
    expect((await w.clientUser.get(`/api/clients/${own.clientId}/resources`)).json()).toEqual([]);

    const url = `/api/sessions/${own.sessionId}/recommendations`;
    for (const [who, status] of [
      [w.clinA2, 404],
      [w.adminB, 404],
      [w.clientUser, 403],
    ] as const) {
      expect((await who.post(url, {})).statusCode).toBe(status);
      expect((await who.get(url)).statusCode).toBe(status);
    }
    const proposed = await w.clinA1.post(url, {});
    expect(proposed.statusCode, proposed.body).toBe(200);
    const recs = proposed.json<Rec[]>();
    const sleep = recs.find((r) => r.title === 'Sleep hygiene basics');
    expect(sleep?.status).toBe('proposed');
    expect(sleep?.reasons.join(' ')).toMatch(/Covers session topic "Sleep problems"/);
    expect(sleep?.reasons.join(' ')).toMatch(/Related to homework: .*diary/);
    expect((await w.clientUser.get(`/api/clients/${own.clientId}/resources`)).json()).toEqual([]);

    const decide = (who: typeof w.clinA1, status: string) =>
      who.post(`/api/recommendations/${sleep?.id}/decision`, { status });
    expect((await decide(w.clinA2, 'approved')).statusCode).toBe(404);
    expect((await decide(w.adminB, 'approved')).statusCode).toBe(404);
    expect((await decide(w.clientUser, 'approved')).statusCode).toBe(403);
    expect((await decide(w.clinA1, 'maybe')).statusCode).toBe(400);
    const approved = await decide(w.clinA1, 'approved');
    expect(approved.json<Rec>().status).toBe('approved');

    const mine = await w.clientUser.get(`/api/clients/${own.clientId}/resources`);
    expect(mine.json<{ title: string; markdown: string }[]>()).toEqual([
      expect.objectContaining({ title: 'Sleep hygiene basics', markdown: expect.stringMatching(/sleep diary/i) }),
    ]);
    expect(mine.body).not.toMatch(/reasons|score/);
    expect((await w.clientUser.get(`/api/clients/${w.targets.other.clientId}/resources`)).statusCode).toBe(404);

    // Proposing again adds nothing already put to this client.
    const again = (await w.clinA1.post(url, {})).json<Rec[]>();
    expect(again.filter((r) => r.title === 'Sleep hygiene basics')).toHaveLength(1);

    const audit = await h.testDb.database.db
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id'])
      .where('action', 'like', 'recommendation.%')
      .execute();
    const actions = audit.map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining(['recommendation.propose', 'recommendation.approve', 'recommendation.read']),
    );
    expect(audit.some((a) => a.action === 'recommendation.read' && a.actor_user_id === w.clientUser.id)).toBe(true);
  });

  it('deleting a source removes its pages and their recommendations', async () => {
    expect((await w.adminA.delete(`/api/library/sources/${source.id}`)).statusCode).toBe(204);
    expect((await w.adminA.get('/api/library/pages')).json()).toEqual([]);
    expect((await w.clientUser.get(`/api/clients/${w.targets.own.clientId}/resources`)).json()).toEqual([]);
  });
});
