// Typed engine errors. Each carries the HTTP status and the Nova fault name the API layer renders as
// `{"<fault>": {"code": <status>, "message": <message>}}`, so no route has to translate errors itself.

export type FaultName =
  | 'badRequest'
  | 'forbidden'
  | 'itemNotFound'
  | 'conflictingRequest'
  | 'overLimit'
  | 'unauthorized'
  | 'badMethod'
  | 'notImplemented'
  | 'computeFault'
  | 'HTTPNotAcceptable'
  | 'requestEntityTooLarge';

export class EngineError extends Error {
  constructor(
    readonly status: number,
    readonly fault: FaultName,
    message: string,
    /** The offending input field, when there is one (validation errors). */
    readonly field?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadRequest extends EngineError {
  constructor(message: string, field?: string) {
    super(400, 'badRequest', message, field);
  }
}
export class Forbidden extends EngineError {
  constructor(message: string) {
    super(403, 'forbidden', message);
  }
}
export class NotFound extends EngineError {
  constructor(message: string) {
    super(404, 'itemNotFound', message);
  }
}
export class Conflict extends EngineError {
  constructor(message: string) {
    super(409, 'conflictingRequest', message);
  }
}
/** Nova reports exceeded quotas as 403 `forbidden`; Cinder as 413 `overLimit`. */
export class QuotaExceeded extends EngineError {
  constructor(message: string, status: 403 | 413 = 403) {
    super(status, status === 403 ? 'forbidden' : 'overLimit', message);
  }
}
export class NotImplemented extends EngineError {
  constructor(message: string) {
    super(501, 'notImplemented', message);
  }
}

export const policyDenied = (rule: string) => new Forbidden(`Policy doesn't allow ${rule} to be performed.`);
export const instanceNotFound = (id: string) => new NotFound(`Instance ${id} could not be found.`);
