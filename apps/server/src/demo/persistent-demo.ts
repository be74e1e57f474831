import { randomBytes, randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { actorOf } from '../auth/auth.service.ts';
import { buildApiContainer } from '../routes/api-container.ts';
import type { Runtime } from '../server.ts';
import { hashPassword } from '../security/password.hasher.ts';
import { demoSeedPorts } from '../services/demo/demo.service.ts';
import { demoClients, demoClinician } from './content/demo-practice.content.ts';
import { seedDemoContent } from './demo-content.seeder.ts';

export interface DemoSignIn {
  role: 'clinician' | 'client';
  name: string;
  email: string;
  /** Only known right after seeding; null when the practice already existed. */
  password: string | null;
}

export interface PersistentDemoResult {
  created: boolean;
  sessions: number;
  signIns: DemoSignIn[];
}

const PORTAL_CLIENT = 'maya';

/** A readable one-off password (about 72 bits): printed once, stored only as an argon2id hash. */
function newPassword(): string {
  return randomBytes(9).toString('base64url');
}

/**
 * Seeds the demo practice into the configured database for `insession demo` and `serve --demo`: unlike
 * POST /api/demo it does not expire, and it has sign-ins for the clinician and for one client (the portal).
 * Sessions go through the normal upload services, so the pipeline analyses them once workers run.
 * Idempotent: an existing demo practice is left alone unless `reset` deletes it first.
 */
export async function seedPersistentDemo(
  runtime: Runtime,
  opts: { reset?: boolean } = {},
): Promise<PersistentDemoResult> {
  // pino's Logger is what Fastify logs through; the container only needs its logging methods.
  const log = runtime.log as unknown as FastifyBaseLogger;
  const c = buildApiContainer(
    { database: runtime.database, config: runtime.config, queue: runtime.queue, listener: runtime.listener },
    log,
  );
  const portal = demoClients.find((x) => x.key === PORTAL_CLIENT);
  const existing = await c.repos.users.findByEmail(demoClinician.email);
  if (existing && !opts.reset) {
    return {
      created: false,
      sessions: 0,
      signIns: [
        { role: 'clinician', name: demoClinician.displayName, email: demoClinician.email, password: null },
        ...(portal ? [{ role: 'client' as const, name: portal.displayName, email: portal.email, password: null }] : []),
      ],
    };
  }
  if (existing) await c.storedFiles.deletePractices([existing.practice_id]);

  const clinicianPassword = newPassword();
  const clinician = await c.repos.users.createPractice({
    practiceName: 'Insession demo practice',
    email: demoClinician.email,
    name: demoClinician.displayName,
    passwordHash: await hashPassword(clinicianPassword),
  });
  const ctx = { actor: actorOf(clinician, 'token', false), origin: { ip: '127.0.0.1', requestId: randomUUID() } };
  const services = { ...c, users: c.repos.users, log };
  const seeded = await seedDemoContent(demoSeedPorts(services, ctx));
  const signIns: DemoSignIn[] = [
    { role: 'clinician', name: clinician.name, email: clinician.email, password: clinicianPassword },
  ];
  const portalClient = seeded.find((s) => s.key === PORTAL_CLIENT);
  if (portalClient) {
    const password = newPassword();
    const user = await c.repos.users.createUser({
      practiceId: clinician.practice_id,
      email: portalClient.email,
      name: portalClient.name,
      role: 'client',
      passwordHash: await hashPassword(password),
    });
    await c.repos.clients.linkUser(portalClient.clientId, user.id);
    signIns.push({ role: 'client', name: portalClient.name, email: portalClient.email, password });
  }
  return { created: true, sessions: seeded.reduce((n, s) => n + s.sessionIds.length, 0), signIns };
}
