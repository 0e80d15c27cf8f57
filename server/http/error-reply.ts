import type { FastifyError, FastifyReply } from 'fastify';
import { HubError, type ErrorBody, type ErrorCode } from '../../shared/contract/errors';

const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid_input',
};

/** Turns anything thrown while answering into the API's one error shape. */
export function toHubError(error: unknown): HubError | null {
  if (error instanceof HubError) return error;
  const fe = error as Partial<FastifyError>;
  if (fe.code && fastifyCodes[fe.code])
    return new HubError(fastifyCodes[fe.code]!, fe.message ?? 'Bad request.');
  if (fe.statusCode === 400 && error instanceof SyntaxError)
    return new HubError('invalid_json', 'The body is not JSON.');
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return new HubError('invalid_input', fe.message ?? 'Bad request.');
  }
  return null;
}

export function sendError(reply: FastifyReply, error: HubError): FastifyReply {
  if (error.retryAfterSeconds !== undefined) reply.header('retry-after', error.retryAfterSeconds);
  return reply.status(error.status).send(error.toBody() satisfies ErrorBody);
}
