import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from './config/config.ts';
import type { Database } from './db/database.ts';
import type { NotificationListener } from './events/notification-listener.ts';
import type { JobQueue } from './jobs/job-queue.ts';
import { registerHealthRoutes } from './observability/health.routes.ts';
import type { Metrics } from './observability/metrics.ts';
import { REQUEST_ID_HEADER, requestIdOf } from './observability/request-id.ts';
import apiPlugin from './routes/api.plugin.ts';
import { registerStaticWeb } from './static-web.ts';

export interface AppDeps {
  config: Config;
  database: Database;
  queue: JobQueue;
  /** The process's LISTEN connection (pipeline events for SSE, job wake-ups). */
  listener: NotificationListener;
  metrics: Metrics;
  log: Logger;
}

/** The HTTP app: request ids, metrics, health, the API, and the built web app. Does not listen. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const logger: FastifyBaseLogger = deps.log;
  const app = Fastify({
    loggerInstance: logger,
    genReqId: requestIdOf,
    // Probes and scrapes every few seconds would drown the log; everything else is logged with its request id.
    logController: new LogController({
      requestIdLogLabel: 'requestId',
      disableRequestLogging: (req) => req.url === '/healthz' || req.url === '/metrics',
    }),
    trustProxy: deps.config.TRUST_PROXY,
  });
  app.addHook('onRequest', async (req, reply) => {
    reply.header(REQUEST_ID_HEADER, req.id);
  });
  app.addHook('onResponse', async (req, reply) => {
    deps.metrics.httpDuration.observe(
      { method: req.method, route: req.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  await registerHealthRoutes(app, deps);

  // Route plugins. Each receives what it needs through options; add new ones here.
  await app.register(apiPlugin, {
    database: deps.database,
    config: deps.config,
    queue: deps.queue,
    listener: deps.listener,
  });

  await registerStaticWeb(app, deps.config.WEB_DIST);
  return app;
}
