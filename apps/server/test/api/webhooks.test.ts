import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishEvent } from '../../src/events/event-publisher.ts';
import { startWorkers, type Workers } from '../../src/jobs/job-worker.ts';
import { verifyWebhookSignature } from '../../src/security/webhook-signature.ts';
import { waitFor } from '../support/test-jobs.ts';
import { startApi, type ApiHarness } from './support/api-app.ts';
import { buildWorld, type World } from './support/api-world.ts';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

describe('webhooks', () => {
  let h: ApiHarness;
  let w: World;
  let workers: Workers;
  const received: Received[] = [];
  let failNext = 0;
  const receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(failNext-- > 0 ? 503 : 204).end();
    });
  });
  let url = '';

  beforeAll(async () => {
    // The receiver listens on loopback, which webhooks refuse unless explicitly allowed (the SSRF guard).
    h = await startApi({ WEBHOOK_ALLOW_PRIVATE_URLS: 'true' });
    w = await buildWorld(h);
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    workers = await startWorkers(h.jobs.queue, {
      config: { ...h.jobs.config, WEBHOOK_ALLOW_PRIVATE_URLS: true },
      concurrency: 1,
      names: ['webhook.deliver'],
      workerName: 'webhook-test',
      log: pino({ level: 'silent' }),
      listener: h.jobs.listener,
      pollingIntervalSeconds: 0.5,
    });
  });
  afterAll(async () => {
    await workers.stop();
    await h.close();
    await new Promise((r) => receiver.close(r));
  });

  it('only admins manage webhooks, and the secret is shown once', async () => {
    expect((await w.clinA1.post('/api/webhooks', { url, events: ['risk.flagged'] })).statusCode).toBe(403);
    const bad = await w.adminA.post('/api/webhooks', { url: 'ftp://x.example/hook', events: ['risk.flagged'] });
    expect(bad.statusCode).toBe(400);
    const created = await w.adminA.post('/api/webhooks', { url, events: ['risk.flagged', 'session.analyzed'] });
    expect(created.statusCode).toBe(201);
    expect(created.json<{ secret: string }>().secret).toMatch(/^whsec_/);
    const listed = await w.adminA.get('/api/webhooks');
    expect(listed.body).not.toContain('whsec_');
  });

  it('POSTs a signed risk.flagged when a PHQ-9 item 9 is positive, and retries a failing receiver', async () => {
    for (const hook of (await w.adminA.get('/api/webhooks')).json<{ id: string }[]>()) {
      expect((await w.adminA.delete(`/api/webhooks/${hook.id}`)).statusCode).toBe(204);
    }
    const { secret, id } = (await w.adminA.post('/api/webhooks', { url, events: ['risk.flagged'] })).json<{
      secret: string;
      id: string;
    }>();
    received.length = 0;
    failNext = 1;
    const res = await w.clientUser.post(`/api/clients/${w.targets.own.clientId}/questionnaires`, {
      kind: 'phq9',
      answers: [2, 2, 1, 1, 0, 1, 0, 0, 1],
    });
    expect(res.json()).toMatchObject({ total: 8, severity: 'mild', riskFlagged: true });
    const flags = (await w.clinA1.get(`/api/clients/${w.targets.own.clientId}/risk-flags`)).json<
      { detail: string }[]
    >();
    expect(flags.at(-1)?.detail).toMatch(/item 9/);
    // First attempt gets 503 and is logged; the retry is scheduled 30 s later, so run it now by clearing the delay.
    const first = await waitFor(async () => {
      const log = (await w.adminA.get(`/api/webhooks/${id}/deliveries`)).json<
        { attempts: number; lastStatusCode: number }[]
      >();
      return log[0]?.attempts === 1 ? log[0] : undefined;
    });
    expect(first).toMatchObject({ lastStatusCode: 503 });
    const schema = h.jobs.queue.schema;
    await h.jobs.queue.boss
      .getDb()
      .executeSql(
        `UPDATE ${schema}.job SET start_after = now() WHERE name = 'webhook.deliver' AND state = 'created'`,
        [],
      );
    const done = await waitFor(async () => {
      const log = (await w.adminA.get(`/api/webhooks/${id}/deliveries`)).json<{ status: string; attempts: number }[]>();
      return log[0]?.status === 'delivered' ? log[0] : undefined;
    });
    expect(done.attempts).toBe(2);
    const last = received.at(-1);
    expect(last?.headers['x-insession-event']).toBe('risk.flagged');
    const sig = String(last?.headers['x-insession-signature']);
    expect(verifyWebhookSignature(secret, sig, last?.body ?? '', Math.floor(Date.now() / 1000))).toBe(true);
    expect(verifyWebhookSignature(secret, sig, `${last?.body} `, Math.floor(Date.now() / 1000))).toBe(false);
    expect(JSON.parse(last?.body ?? '{}')).toMatchObject({
      type: 'risk.flagged',
      data: { clientId: w.targets.own.clientId },
    });
    expect(last?.body).not.toContain('Own Client');
  });

  it('turns a completed session into one session.analyzed delivery', async () => {
    const { id } = (await w.adminA.post('/api/webhooks', { url, events: ['session.analyzed'] })).json<{ id: string }>();
    const s = w.targets.own;
    await h.testDb.database.db.transaction().execute((trx) =>
      publishEvent(trx, h.testDb.database, {
        type: 'session.completed',
        practiceId: w.adminA.practiceId,
        sessionId: s.sessionId,
        clientId: s.clientId,
        stage: null,
        payload: { status: 'completed' },
      }),
    );
    const log = await waitFor(async () => {
      const rows = (await w.adminA.get(`/api/webhooks/${id}/deliveries`)).json<
        { status: string; eventType: string }[]
      >();
      return rows[0]?.status === 'delivered' ? rows : undefined;
    });
    expect(log).toHaveLength(1);
    expect(log[0]?.eventType).toBe('session.analyzed');
  });
});
