import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { createMetrics } from '../../src/observability/metrics.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';
import { startTestJobs, type TestJobs } from '../support/test-jobs.ts';

describe('health, metrics, request ids and the web app', () => {
  let t: TestDb;
  let jobs: TestJobs;
  let app: FastifyInstance;
  let webDist: string;
  beforeAll(async () => {
    t = await createTestDb();
    jobs = await startTestJobs(t.database, { workers: false });
    webDist = await mkdtemp(path.join(tmpdir(), 'insession-web-'));
    await writeFile(path.join(webDist, 'index.html'), '<!doctype html><title>Insession test shell</title>');
    app = await buildApp({
      config: { ...jobs.config, WEB_DIST: webDist },
      database: t.database,
      queue: jobs.queue,
      listener: jobs.listener,
      metrics: createMetrics({ queue: jobs.queue, db: t.database.db }),
      log: pino({ level: 'silent' }),
    });
  });
  afterAll(async () => {
    await app.close();
    await jobs.close();
    await t.close();
    await rm(webDist, { recursive: true, force: true });
  });

  it('reports the database and the queue as healthy', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: 'ok', queue: 'ok', mode: t.database.kind });
  });

  it('honours a well-formed x-request-id and makes one otherwise', async () => {
    const given = await app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'req-from-proxy-42' },
    });
    expect(given.headers['x-request-id']).toBe('req-from-proxy-42');
    const unsafe = await app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'bad id\nwith newline' },
    });
    expect(unsafe.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('exports HTTP latency, job duration and queue depth metrics', async () => {
    await jobs.queue.send('system.probe', { key: 'metrics', requestId: 'req-metrics' });
    const res = await app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(
      'insession_http_request_duration_seconds_bucket{le="0.005",method="GET",route="/healthz"',
    );
    expect(res.body).toContain('# TYPE insession_job_duration_seconds histogram');
    expect(res.body).toContain('insession_queue_depth{queue="system.probe",state="queued"} 1');
  });

  it('serves the web app, with index.html for deep links and JSON 404s for the API', async () => {
    const root = await app.inject({ method: 'GET', url: '/' });
    expect(root.body).toContain('Insession test shell');
    const deep = await app.inject({ method: 'GET', url: '/clients/123', headers: { accept: 'text/html' } });
    expect(deep.statusCode).toBe(200);
    expect(deep.body).toContain('Insession test shell');
    const missingAsset = await app.inject({ method: 'GET', url: '/assets/nope.js', headers: { accept: 'text/html' } });
    expect(missingAsset.statusCode).toBe(404);
    const api = await app.inject({ method: 'GET', url: '/api/does-not-exist', headers: { accept: 'text/html' } });
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toContain('application/json');
  });

  it('answers 503 naming the failing part when the database is gone', async () => {
    await jobs.close();
    await t.database.close();
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ status: 'failing', database: 'failing' });
  });
});
