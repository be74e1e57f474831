import { z } from 'zod';
import { setSessionCookies } from '../auth/session-cookies.ts';
import { errorDto, userDto, toUserDto } from '../services/dto.ts';
import type { ApiContainer } from './api-container.ts';
import type { ZodApp } from './zod-app.ts';

export function registerDemoRoutes(app: ZodApp, c: ApiContainer, demoRateLimit: object): void {
  app.post(
    '/api/demo',
    {
      config: { rateLimit: demoRateLimit },
      schema: {
        tags: ['demo'],
        summary:
          'Create an isolated demo practice and sign in to it (sets the session cookie). The practice and the ' +
          'cookie expire after DEMO_TTL_MINUTES; sessions are seeded in the background and appear over /api/events.',
        response: {
          201: z.object({ user: userDto, csrfToken: z.string(), practiceId: z.uuid(), expiresAt: z.string() }),
          429: errorDto,
        },
      },
    },
    async (req, reply) => {
      const ua = req.headers['user-agent'];
      const demo = await c.demo.create(
        { ip: req.ip, requestId: String(req.id) },
        { ip: req.ip, userAgent: typeof ua === 'string' ? ua.slice(0, 300) : null },
      );
      const csrfToken = setSessionCookies(reply, demo.session, {
        secure: c.config.isProduction,
        secret: c.config.SESSION_SECRET,
      });
      return reply.status(201).send({
        user: toUserDto(demo.session.user),
        csrfToken,
        practiceId: demo.practiceId,
        expiresAt: demo.expiresAt.toISOString(),
      });
    },
  );
}
