import { AuthService } from '../auth/auth.service.ts';
import { createMailer, type Mailer } from '../auth/mailer.ts';
import { OidcClient } from '../auth/oidc.client.ts';
import type { FastifyBaseLogger } from 'fastify';
import { AuditRepository } from '../repositories/audit.repository.ts';
import { ClientRepository } from '../repositories/client.repository.ts';
import { ClinicalContentRepository } from '../repositories/clinical-content.repository.ts';
import { CredentialRepository } from '../repositories/credential.repository.ts';
import { InviteRepository } from '../repositories/invite.repository.ts';
import { HomeworkRepository } from '../repositories/homework.repository.ts';
import { NoteRepository } from '../repositories/note.repository.ts';
import { SessionRepository } from '../repositories/session.repository.ts';
import { UploadRepository } from '../repositories/upload.repository.ts';
import { UserRepository } from '../repositories/user.repository.ts';
import { fieldCipherFromConfig } from '../config/field-cipher.ts';
import { ClientService } from '../services/clients/client.service.ts';
import { ClientExportService } from '../services/clients/client-export.service.ts';
import { QuestionnaireRepository } from '../repositories/questionnaire.repository.ts';
import { SessionService } from '../services/sessions/session.service.ts';
import { SessionAudioService } from '../services/sessions/session-audio.service.ts';
import { SpeakerRoleService } from '../services/sessions/speaker-role.service.ts';
import { SessionExportService } from '../services/export/session-export.service.ts';
import { SessionExportLoader } from '../services/export/session-export.loader.ts';
import { ClientPdfExportService } from '../services/export/client-pdf-export.service.ts';
import { SpeakerRoleRepository } from '../repositories/speaker-role.repository.ts';
import { AudioUploadService } from '../services/uploads/audio-upload.service.ts';
import { TranscriptUploadService } from '../services/uploads/transcript-upload.service.ts';
import type { ApiPluginOptions } from './api-ports.ts';
import { EventRepository } from '../repositories/event.repository.ts';
import { EventHub } from '../services/events/event-hub.ts';
import { DemoService } from '../services/demo/demo.service.ts';
import { WebhookRepository } from '../repositories/webhook.repository.ts';
import { WebhookService } from '../webhooks/webhook.service.ts';
import { PracticeRepository } from '../repositories/practice.repository.ts';
import { NoteService } from '../services/notes/note.service.ts';
import { HomeworkService } from '../services/homework.service.ts';
import { QuestionnaireService } from '../questionnaires/questionnaire.service.ts';
import { ProgressService } from '../services/progress/progress.service.ts';
import { LibraryRepository } from '../repositories/library.repository.ts';
import { RecommendationRepository } from '../repositories/recommendation.repository.ts';
import { LibraryService } from '../services/library/library.service.ts';
import { RecommendationService } from '../services/library/recommendation.service.ts';
import { RollupRepository } from '../repositories/rollup.repository.ts';
import { ClientRollupService } from '../services/rollups/client-rollup.service.ts';
import { StoredFiles } from '../services/storage/stored-files.ts';

/** Builds the API's repositories and services once per app, from the database, config and ports. */
export function buildApiContainer(opts: ApiPluginOptions, log: FastifyBaseLogger) {
  const { database, config, queue } = opts;
  const db = database.db;
  const cipher = fieldCipherFromConfig(config);
  const repos = {
    users: new UserRepository(db),
    creds: new CredentialRepository(db),
    audit: new AuditRepository(db),
    clients: new ClientRepository(db),
    sessions: new SessionRepository(db, queue),
    content: new ClinicalContentRepository(db, cipher),
    notes: new NoteRepository(db, cipher),
    homework: new HomeworkRepository(db),
    uploads: new UploadRepository(db, cipher, queue),
    invites: new InviteRepository(db),
    questionnaires: new QuestionnaireRepository(db),
    webhooks: new WebhookRepository(db),
    practices: new PracticeRepository(db),
    rollups: new RollupRepository(db, cipher),
    library: new LibraryRepository(db, queue),
    recommendations: new RecommendationRepository(db),
  };
  const auth = new AuthService(repos.users, repos.creds, cipher, {
    idleMs: config.SESSION_IDLE_MINUTES * 60_000,
    maxAgeMs: config.SESSION_MAX_HOURS * 3_600_000,
  });
  const mailer: Mailer = createMailer(
    config.SMTP_URL ? { url: config.SMTP_URL, from: config.SMTP_FROM } : undefined,
    log,
  );
  const oidc =
    config.OIDC_ISSUER && config.OIDC_CLIENT_ID && config.OIDC_CLIENT_SECRET
      ? new OidcClient({
          issuer: config.OIDC_ISSUER,
          clientId: config.OIDC_CLIENT_ID,
          clientSecret: config.OIDC_CLIENT_SECRET,
          redirectUrl: new URL('/api/auth/oidc/callback', config.PUBLIC_URL).toString(),
        })
      : undefined;
  const storedFiles = new StoredFiles(db, config);
  const clients = new ClientService(repos.clients, repos.audit, storedFiles);
  const sessions = new SessionService(repos.sessions, repos.clients, repos.content, repos.audit, storedFiles);
  const webhooks = new WebhookService(repos.webhooks, cipher, queue, log, config.WEBHOOK_ALLOW_PRIVATE_URLS);
  const questionnaires = new QuestionnaireService(repos.questionnaires, clients, repos.audit, (flag) =>
    webhooks.dispatch(
      flag.practice_id,
      'risk.flagged',
      { clientId: flag.client_id, riskFlagId: flag.id, source: flag.source },
      null,
    ),
  );
  const audioUploads = new AudioUploadService(repos.uploads, repos.audit, config.filesDir);
  const transcriptUploads = new TranscriptUploadService(repos.uploads, repos.audit);
  const exportLoader = new SessionExportLoader(repos.content, repos.notes, repos.homework);
  const demo = new DemoService(
    { users: repos.users, auth, clients, sessions, audioUploads, transcriptUploads, queue, log },
    config.DEMO_TTL_MINUTES * 60_000,
  );
  return {
    db,
    config,
    cipher,
    repos,
    auth,
    mailer,
    oidc,
    database,
    queue,
    storedFiles,
    eventHub: new EventHub(database, opts.listener, new EventRepository(db)),
    clients,
    exports: new ClientExportService(
      clients,
      repos.sessions,
      repos.content,
      repos.notes,
      repos.homework,
      repos.questionnaires,
      repos.audit,
    ),
    clientPdfExports: new ClientPdfExportService(
      clients,
      repos.sessions,
      exportLoader,
      repos.questionnaires,
      repos.users,
      repos.audit,
    ),
    sessions,
    notes: new NoteService(repos.notes, sessions, repos.audit),
    homework: new HomeworkService(repos.homework, sessions, repos.audit),
    questionnaires,
    rollups: new ClientRollupService(clients, repos.rollups, repos.audit),
    progress: new ProgressService(clients, repos.sessions, repos.content, questionnaires, repos.audit),
    audioUploads,
    sessionAudio: new SessionAudioService(sessions, repos.uploads, repos.audit, config.filesDir),
    speakerRoles: new SpeakerRoleService(
      sessions,
      repos.content,
      new SpeakerRoleRepository(db, cipher, queue),
      repos.audit,
    ),
    sessionExports: new SessionExportService(sessions, repos.clients, exportLoader, repos.audit),
    transcriptUploads,
    demo,
    webhooks,
    library: new LibraryService(repos.library, repos.audit, config.CRAWL_ALLOW_PRIVATE_HOSTS),
    recommendations: new RecommendationService({
      recommendations: repos.recommendations,
      library: repos.library,
      sessions,
      sessionRows: repos.sessions,
      clients,
      content: repos.content,
      homework: repos.homework,
      audit: repos.audit,
    }),
  };
}

export type ApiContainer = ReturnType<typeof buildApiContainer>;
