import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { Metrics } from './metrics.ts';

type Check = 'ok' | 'failing';

/** `/healthz` (database and queue reachable) and `/metrics` (Prometheus text format). */
export async function registerHealthRoutes(
  app: FastifyInstance,
  deps: { database: Database; queue: JobQueue; metrics: Metrics },
): Promise<void> {
  app.get('/healthz', async (req, reply) => {
    const check = async (fn: () => Promise<unknown>): Promise<Check> => {
      try {
        await fn();
        return 'ok';
      } catch (err) {
        req.log.warn({ err }, 'health check failed');
        return 'failing';
      }
    };
    const [database, queue] = await Promise.all([
      check(() => sql`SELECT 1`.execute(deps.database.db)),
      check(() => deps.queue.ping()),
    ]);
    const healthy = database === 'ok' && queue === 'ok';
    return reply
      .code(healthy ? 200 : 503)
      .header('cache-control', 'no-store')
      .send({ status: healthy ? 'ok' : 'failing', database, queue, mode: deps.database.kind });
  });

  app.get('/metrics', async (_req, reply) => {
    const body = await deps.metrics.registry.metrics();
    return reply.header('content-type', deps.metrics.registry.contentType).send(body);
  });
}
