// One fault builder for every error the HTTP API returns: Nova's `{"<fault>": {code, message}}` for the
// compute paths, Keystone's `{"error": {code, title, message}}` for identity. Client mistakes never
// become 500s: fastify's own errors (bad JSON, body too large, unknown route) are mapped here too.
import type { FastifyError } from 'fastify';
import { EngineError } from '../model/errors';

export const HTTP_TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Request Entity Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  503: 'Service Unavailable',
};

const FAULT_BY_STATUS: Record<number, string> = {
  400: 'badRequest',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'itemNotFound',
  405: 'badMethod',
  406: 'HTTPNotAcceptable',
  409: 'conflictingRequest',
  413: 'overLimit',
  415: 'badMediaType',
  429: 'overLimit',
  501: 'notImplemented',
  503: 'serviceUnavailable',
};

/** Nova's fault body for a status and message. */
export function novaFault(
  status: number,
  message: string,
  fault = FAULT_BY_STATUS[status] ?? 'computeFault',
): Record<string, { code: number; message: string }> {
  return { [fault]: { code: status, message } };
}

export function keystoneError(status: number, message: string) {
  return { error: { code: status, title: HTTP_TITLES[status] ?? 'Error', message } };
}

/** Turns anything thrown while serving a request into an EngineError (status + fault + message). */
export function asEngineError(err: unknown): EngineError {
  if (err instanceof EngineError) return err;
  // Anything can be thrown, including null or undefined.
  const fe = err as (FastifyError & { statusCode?: number }) | null | undefined;
  switch (fe?.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new EngineError(400, 'badRequest', 'Malformed request body');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new EngineError(
        413,
        'requestEntityTooLarge',
        'Request is too large. Larger than max_request_body_size (114688).',
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new EngineError(415, 'badRequest', 'Unsupported Content-Type');
    case undefined: // not one of fastify's errors
    default:
      break;
  }
  if (err instanceof SyntaxError) return new EngineError(400, 'badRequest', 'Malformed request body');
  if (fe?.statusCode && fe.statusCode >= 400 && fe.statusCode < 500)
    return new EngineError(fe.statusCode, 'badRequest', fe.message);
  return new EngineError(
    500,
    'computeFault',
    'Unexpected API Error. Please report this at http://bugs.launchpad.net/nova/ ' +
      'and attach the Nova API log if possible.',
  );
}
