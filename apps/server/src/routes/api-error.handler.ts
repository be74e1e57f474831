import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { HttpError } from './http-error.ts';

// Every API error body is `{ error, message }`: a stable code and a sentence for the user. Messages never echo
// stored data; unexpected errors are logged with the request id and answered with a generic 500.
export function apiErrorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  if (err instanceof HttpError) {
    void reply.status(err.statusCode).send({ error: err.code, message: err.message });
    return;
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const first = err.validation.slice(0, 3).map((v) => {
      const where = v.instancePath ? v.instancePath.replace(/^\//, '').replaceAll('/', '.') : err.validationContext;
      return `${where ?? 'input'}: ${v.message ?? 'invalid'}`;
    });
    void reply
      .status(400)
      .send({ error: 'validation', message: `invalid ${err.validationContext ?? 'input'}: ${first.join('; ')}` });
    return;
  }
  const status = err.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    // Fastify's own client errors (bad JSON, body too large, wrong content type, rate limit, file too large).
    void reply.status(status).send({ error: err.code ?? 'bad_request', message: err.message });
    return;
  }
  req.log.error({ err }, 'unhandled API error');
  void reply
    .status(500)
    .send({ error: 'internal', message: 'internal error; the request id is in the x-request-id header' });
}
