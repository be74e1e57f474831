import fastifyCookie from '@fastify/cookie';
import fastifyCors from '@fastify/cors';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { registerAuthHook } from '../auth/auth.hook.ts';
import { buildApiContainer, type ApiContainer } from './api-container.ts';
import { apiErrorHandler } from './api-error.handler.ts';
import type { ApiPluginOptions } from './api-ports.ts';
import { registerAuthRoutes } from './auth.routes.ts';
import { registerClientRoutes } from './clients.routes.ts';
import { registerSessionRoutes } from './sessions.routes.ts';
import { registerUploadRoutes } from './uploads.routes.ts';
import { registerSessionAudioRoutes } from './session-audio.routes.ts';
import { registerSessionSpeakerRoutes } from './session-speakers.routes.ts';
import { registerSessionExportRoutes } from './session-export.routes.ts';
import { registerNoteRoutes } from './notes.routes.ts';
import { registerHomeworkRoutes } from './homework.routes.ts';
import { registerProgressRoutes } from './progress.routes.ts';
import { registerRollupRoutes } from './rollups.routes.ts';
import { registerAuditRoutes } from './audit.routes.ts';
import { registerEventRoutes } from './events.routes.ts';
import { registerDemoRoutes } from './demo.routes.ts';
import { registerWebhookRoutes } from './webhooks.routes.ts';
import { registerPracticeRoutes } from './practice.routes.ts';
import { registerOidcRoutes } from './oidc.routes.ts';
import { registerTokenRoutes } from './auth-tokens.routes.ts';
import { registerInviteRoutes } from './invites.routes.ts';
import { registerLibraryRoutes } from './library.routes.ts';
import { registerRecommendationRoutes } from './recommendations.routes.ts';
import { subscribePipelineEvents } from '../events/event-stream.ts';
import type { ZodApp } from './zod-app.ts';

/** JSON bodies are small (uploads are multipart and stream); this caps memory per request. */
const JSON_BODY_LIMIT = 1024 * 1024;

/**
 * The HTTP API: security headers, CORS, cookies, rate limits, OpenAPI at /docs, and every /api route.
 * Registered once from app.ts. Wrapped with fastify-plugin so helmet and CORS also cover the static web app.
 */
async function apiPlugin(app: FastifyInstance, opts: ApiPluginOptions): Promise<void> {
  const c = buildApiContainer(opts, app.log);
  const allowed = new Set(
    opts.config.CORS_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
  );
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        mediaSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  // Strict CORS: same-origin only unless CORS_ORIGINS lists an origin exactly.
  await app.register(fastifyCors, {
    origin: (origin, cb) => cb(null, origin !== undefined && allowed.has(origin)),
    credentials: true,
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Insession API', version: '1.0.0', description: 'Sessions, transcripts, analyses and notes.' },
      components: {
        securitySchemes: {
          cookie: { type: 'apiKey', in: 'cookie', name: 'insession_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ cookie: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  await app.register(apiRoutes, { c });
  // SSE responses are hijacked and never end on their own; end them so the server can close.
  app.addHook('preClose', () => c.eventHub.close());
  app.addHook('onClose', () => c.demo.settle());
  // Webhook deliveries for pipeline events raised by any process (deduplicated per event in the database).
  const stopWebhooks = await subscribePipelineEvents(
    opts.database,
    opts.listener,
    (e) => void c.webhooks.onPipelineEvent(e),
  );
  app.addHook('onClose', () => stopWebhooks());
}

async function apiRoutes(root: FastifyInstance, { c }: { c: ApiContainer }): Promise<void> {
  const app: ZodApp = root.withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(apiErrorHandler);
  await app.register(fastifyMultipart, { limits: { fieldSize: 2000, fields: 10, files: 1 } });
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit: JSON_BODY_LIMIT },
    (_req, body, done) => {
      if (body === '') return done(null, {});
      try {
        done(null, JSON.parse(body as string));
      } catch {
        done(
          Object.assign(new Error('the request body is not valid JSON'), { statusCode: 400, code: 'invalid_json' }),
          undefined,
        );
      }
    },
  );
  registerAuthHook(app, c.auth, c.config.SESSION_SECRET);
  const authRateLimit = { max: c.config.AUTH_RATE_LIMIT_PER_MINUTE, timeWindow: '1 minute' };
  const uploadRateLimit = { max: 60, timeWindow: '1 minute' };
  registerAuthRoutes(app, c, authRateLimit);
  registerOidcRoutes(app, c, authRateLimit);
  registerTokenRoutes(app, c);
  registerInviteRoutes(app, c, authRateLimit, { secure: c.config.isProduction, secret: c.config.SESSION_SECRET });
  registerClientRoutes(app, c);
  registerSessionRoutes(app, c);
  registerUploadRoutes(app, c, uploadRateLimit);
  registerNoteRoutes(app, c);
  registerHomeworkRoutes(app, c);
  registerSessionAudioRoutes(app, c);
  registerSessionSpeakerRoutes(app, c);
  registerSessionExportRoutes(app, c);
  registerProgressRoutes(app, c);
  registerRollupRoutes(app, c);
  registerAuditRoutes(app, c);
  registerEventRoutes(app, c);
  registerDemoRoutes(app, c, { max: 10, timeWindow: '1 minute' });
  registerWebhookRoutes(app, c);
  registerPracticeRoutes(app, c);
  registerLibraryRoutes(app, c);
  registerRecommendationRoutes(app, c);
}

export default fp(apiPlugin, { name: 'insession-api', fastify: '5.x' });
