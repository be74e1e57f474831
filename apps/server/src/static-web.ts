import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Serves the built web app at `/` with an SPA fallback: unknown GET paths that want HTML get index.html,
 * so deep links work. API and asset misses stay JSON 404s. Returns false when the app is not built.
 */
export async function registerStaticWeb(app: FastifyInstance, webDist: string): Promise<boolean> {
  const root = path.resolve(webDist);
  const built = existsSync(path.join(root, 'index.html'));
  if (built) await app.register(fastifyStatic, { root, wildcard: false, index: 'index.html' });
  app.setNotFoundHandler((req, reply) => {
    const wantsHtml = req.headers.accept?.includes('text/html') ?? false;
    const isApi = req.url.startsWith('/api/') || req.url === '/api';
    if (built && req.method === 'GET' && wantsHtml && !isApi && !path.extname(req.url.split('?')[0] ?? '')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply
      .code(404)
      .send({ error: 'not_found', message: `${req.method} ${req.url.split('?')[0]} does not exist` });
  });
  return built;
}
