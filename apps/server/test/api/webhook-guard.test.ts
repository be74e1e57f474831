import { createServer, request, type Server } from 'node:http';
import type { LookupAddress } from 'node:dns';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_FIELD_KEYS } from '../../src/config/env.schema.ts';
import { fieldCipherFromConfig } from '../../src/config/field-cipher.ts';
import { startWorkers, type Workers } from '../../src/jobs/job-worker.ts';
import type { JobName } from '../../src/jobs/job-registry.ts';
import { WebhookRepository } from '../../src/repositories/webhook.repository.ts';
import { guardedLookup, isPrivateAddress } from '../../src/security/private-address.ts';
import { waitFor } from '../support/test-jobs.ts';
import { startApi, type ApiHarness } from './support/api-app.ts';
import { buildWorld, multipart, type World } from './support/api-world.ts';

// The SSRF guard (receivers on loopback/private/link-local addresses are refused unless
// WEBHOOK_ALLOW_PRIVATE_URLS opts in) and risk.flagged deliveries raised by a session analysis.

const RISKY = [
  'Therapist: Welcome back. How has your week been?',
  "Client: Pretty awful, a three out of ten. Sometimes I wish I wasn't here anymore.",
  'Therapist: Thank you for telling me. That sounds very heavy.',
  "Client: Work is crushing me and I can't sleep.",
].join('\n');

describe('private addresses', () => {
  it('classifies loopback, private, link-local and mapped addresses, and leaves public ones alone', () => {
    for (const ip of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '0.0.0.0'])
      expect(isPrivateAddress(ip), ip).toBe(true);
    for (const ip of ['::1', '::', 'fe80::1', 'fd00::5', '::ffff:127.0.0.1', '100.64.0.1'])
      expect(isPrivateAddress(ip), ip).toBe(true);
    for (const ip of ['93.184.216.34', '8.8.8.8', '2606:4700::1111']) expect(isPrivateAddress(ip), ip).toBe(false);
  });

  it('refuses at connect time a name that resolves to a private address, before any byte is sent', async () => {
    let hits = 0;
    const server = createServer((_req, res) => {
      hits++;
      res.end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    // A stand-in resolver: "rebound.example" answers with loopback, as a DNS rebinding attack would.
    const lookup = guardedLookup((_host, _opts, cb) =>
      cb(null, [{ address: '127.0.0.1', family: 4 }] satisfies LookupAddress[]),
    );
    const err = await new Promise<Error>((resolve) => {
      const req = request(`http://rebound.example:${port}/hook`, { method: 'POST', lookup }, () =>
        resolve(new Error('connected')),
      );
      req.on('error', resolve);
      req.end('{}');
    });
    await new Promise((r) => server.close(r));
    expect(err.message).toBe('rebound.example resolves to a private or loopback address (127.0.0.1)');
    expect(hits).toBe(0);
  });
});

describe('webhook SSRF guard and analysis risk flags', () => {
  let h: ApiHarness;
  let w: World;
  let receiver: Server;
  let receiverUrl = '';
  const received: string[] = [];
  const repo = () => new WebhookRepository(h.testDb.database.db);
  const cipher = fieldCipherFromConfig({ FIELD_ENCRYPTION_KEYS: DEV_FIELD_KEYS });

  async function withWorkers<T>(allowPrivate: boolean, names: JobName[], fn: () => Promise<T>): Promise<T> {
    const workers: Workers = await startWorkers(h.jobs.queue, {
      config: { ...h.jobs.config, WEBHOOK_ALLOW_PRIVATE_URLS: allowPrivate },
      concurrency: 1,
      names,
      workerName: 'webhook-guard-test',
      log: pino({ level: 'silent' }),
      listener: h.jobs.listener,
      pollingIntervalSeconds: 0.5,
    });
    try {
      return await fn();
    } finally {
      await workers.stop();
    }
  }
  const deliveries = (webhookId: string) =>
    h.testDb.database.db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('webhook_id', '=', webhookId)
      .orderBy('created_at')
      .execute();

  beforeAll(async () => {
    h = await startApi();
    w = await buildWorld(h);
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        received.push(body);
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  });
  afterAll(async () => {
    await h.close();
    await new Promise((r) => receiver.close(r));
  });

  it('refuses to register receivers on this machine or a private network, and stores nothing', async () => {
    for (const url of [
      receiverUrl,
      'http://localhost:9000/hook',
      'http://[::1]/hook',
      'http://169.254.169.254/latest/meta-data',
      'https://10.0.0.7/hook',
    ]) {
      const res = await w.adminA.post('/api/webhooks', { url, events: ['risk.flagged'] });
      expect(res.statusCode, url).toBe(400);
      expect(res.json<{ message: string }>().message, url).toMatch(/^url must be a public address: .* private/);
    }
    expect((await w.adminA.get('/api/webhooks')).json()).toEqual([]);
  });

  it('fails a delivery to a private receiver at once, without contacting it', async () => {
    // As if stored before the guard existed (or registered where the name still resolved publicly).
    const hook = await repo().create(w.adminA.practiceId, receiverUrl, cipher.encrypt('whsec_test'), ['risk.flagged']);
    received.length = 0;
    await withWorkers(false, ['webhook.deliver'], async () => {
      const res = await w.clientUser.post(`/api/clients/${w.targets.own.clientId}/questionnaires`, {
        kind: 'phq9',
        answers: [2, 2, 1, 1, 0, 1, 0, 0, 1],
      });
      expect(res.json()).toMatchObject({ riskFlagged: true });
      const [row] = await waitFor(async () => {
        const rows = await deliveries(hook.id);
        return rows[0]?.status === 'failed' ? rows : undefined;
      }, 30_000);
      expect(row).toMatchObject({ attempts: 1, last_status_code: null });
      expect(row?.last_error).toBe(
        'refused: 127.0.0.1 resolves to a private or loopback address (127.0.0.1); webhooks may only reach public addresses',
      );
    });
    expect(received).toEqual([]);
    await repo().disable(w.adminA.practiceId, hook.id);
  });

  it('sends risk.flagged when a session analysis raises a risk flag, once per level', async () => {
    const hook = await repo().create(w.adminA.practiceId, receiverUrl, cipher.encrypt('whsec_test'), ['risk.flagged']);
    received.length = 0;
    const { clientId } = w.targets.own;
    const session = (
      await w.clinA1.post('/api/sessions', { clientId, sessionDate: '2026-02-02', sourceKind: 'transcript' })
    ).json<{ id: string }>();
    const body = multipart({}, { name: 'risky.txt', type: 'text/plain', bytes: Buffer.from(RISKY) });
    const upload = await w.clinA1.request({ method: 'POST', url: `/api/sessions/${session.id}/transcript`, ...body });
    expect(upload.statusCode).toBe(201);
    const wave1Done = () =>
      waitFor(async () => {
        const s = await h.testDb.database.db
          .selectFrom('sessions')
          .select('wave1_at')
          .where('id', '=', session.id)
          .executeTakeFirstOrThrow();
        return s.wave1_at ?? undefined;
      }, 120_000);

    await withWorkers(true, ['analyze.wave1', 'webhook.deliver'], async () => {
      await wave1Done();
      const [row] = await waitFor(async () => {
        const rows = await deliveries(hook.id);
        return rows[0]?.status === 'delivered' ? rows : undefined;
      }, 30_000);
      expect(row?.event_type).toBe('risk.flagged');
      const sent = JSON.parse(received.at(-1) ?? '{}') as Record<string, unknown>;
      expect(sent).toMatchObject({
        type: 'risk.flagged',
        data: { clientId, sessionId: session.id, source: 'session_analysis', level: 'low' },
      });
      expect(received.at(-1)).not.toContain("wasn't here");

      // Re-analysing finds the same level: the clinician was already told, so nothing new is sent.
      const rerun = await w.clinA1.post(`/api/sessions/${session.id}/rerun`, { stage: 'analyze.wave1' });
      expect(rerun.statusCode).toBe(202);
      await wave1Done();
      expect(await deliveries(hook.id)).toHaveLength(1);
    });
  });
});
