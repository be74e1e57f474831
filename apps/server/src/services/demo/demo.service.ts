import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import type { FastifyBaseLogger } from 'fastify';
import type { AuthService, IssuedSession } from '../../auth/auth.service.ts';
import { seedDemoContent, type DemoSeedPorts } from '../../demo/demo-content.seeder.ts';
import type { JobQueue } from '../../jobs/job-queue.ts';
import type { UserRepository } from '../../repositories/user.repository.ts';
import { actorOf } from '../../auth/auth.service.ts';
import type { ClientService } from '../clients/client.service.ts';
import type { RequestContext } from '../request-context.ts';
import type { SessionService } from '../sessions/session.service.ts';
import type { AudioUploadService } from '../uploads/audio-upload.service.ts';
import type { TranscriptUploadService } from '../uploads/transcript-upload.service.ts';

export interface DemoServices {
  users: UserRepository;
  auth: AuthService;
  clients: ClientService;
  sessions: SessionService;
  audioUploads: AudioUploadService;
  transcriptUploads: TranscriptUploadService;
  queue: JobQueue;
  log: FastifyBaseLogger;
}

/**
 * The demo seed ports, implemented with the same services the API routes use: demo sessions go through the real
 * upload → pipeline path, so nothing shown in the demo is pre-fabricated.
 */
export function demoSeedPorts(s: DemoServices, ctx: RequestContext): DemoSeedPorts {
  return {
    createClient: async ({ name }) => ({ id: (await s.clients.create(ctx, { name })).id }),
    uploadTranscript: async ({ clientId, sessionDate, filename, bytes }) => {
      const session = await s.sessions.create(ctx, { clientId, sessionDate, sourceKind: 'transcript' });
      await s.transcriptUploads.upload(ctx, session, { bytes, filename, mimeType: 'text/plain' });
      return { id: session.id };
    },
    uploadAudio: async ({ clientId, sessionDate, filename, bytes }) => {
      const session = await s.sessions.create(ctx, { clientId, sessionDate, sourceKind: 'audio' });
      const received = await s.audioUploads.receive(Readable.from([bytes]));
      await s.audioUploads.commit(ctx, session, received, {
        originalName: filename,
        consentStatement: 'Synthetic demo recording: no real person was recorded.',
      });
      return { id: session.id };
    },
  };
}

/** Hook point: fills a new demo practice through the given ports (the demo content seeder by default). */
export type DemoPracticeSeeder = (ports: DemoSeedPorts) => Promise<unknown>;

export class DemoService {
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly s: DemoServices,
    private readonly ttlMs: number,
    private readonly seed: DemoPracticeSeeder = seedDemoContent,
  ) {}

  /**
   * Creates an isolated demo practice with a clinician, signs them in until the practice expires, queues the
   * practice's deletion, and seeds content in the background (audio synthesis takes a while; the sessions
   * appear and progress live over /api/events).
   */
  async create(origin: RequestContext['origin'], meta: { ip: string; userAgent: string | null }) {
    const expiresAt = new Date(Date.now() + this.ttlMs);
    const tag = randomBytes(6).toString('hex');
    const admin = await this.s.users.createPractice({
      practiceName: 'Demo practice',
      email: `demo-admin-${tag}@demo.invalid`,
      name: 'Demo admin',
      passwordHash: null,
      demoExpiresAt: expiresAt,
    });
    const clinician = await this.s.users.createUser({
      practiceId: admin.practice_id,
      email: `demo-${tag}@demo.invalid`,
      name: 'Dr. Demo',
      role: 'clinician',
      passwordHash: null,
    });
    await this.s.queue.send(
      'demo.cleanup',
      { requestId: origin.requestId },
      { startAfter: new Date(expiresAt.getTime() + 60_000) },
    );
    const session: IssuedSession = await this.s.auth.issueSession(clinician, meta, expiresAt);
    const ctx: RequestContext = { actor: actorOf(clinician, 'cookie', true), origin };
    const seeded = this.seed(demoSeedPorts(this.s, ctx))
      .then(() => undefined)
      .catch((err: unknown) => {
        this.s.log.error({ err, practiceId: admin.practice_id }, 'demo seeding failed');
      });
    this.pending.add(seeded);
    void seeded.finally(() => this.pending.delete(seeded));
    return { session, practiceId: admin.practice_id, expiresAt };
  }

  /** Waits for background seeding to finish (server shutdown; the database must outlive it). */
  async settle(): Promise<void> {
    await Promise.all([...this.pending]);
  }
}
