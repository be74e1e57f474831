import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorDto } from '../services/dto.ts';

/** A Fastify instance whose route schemas are zod (validated in, serialized out, published in OpenAPI). */
export type ZodApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** Error responses every authenticated route may give, for the OpenAPI document. */
export const authErrors = { 400: errorDto, 401: errorDto, 403: errorDto, 404: errorDto, 409: errorDto } as const;

export const idParams = z.object({ id: z.uuid({ message: 'id must be a UUID' }) });
