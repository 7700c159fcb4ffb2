// Diagnostics: the core's field errors become Terraform diagnostics carrying an AttributePath, so Terraform
// points at the exact line of configuration; other failures become a plain error with the message.
import { PartialApplyError } from '../resources/types';
import { ValidationError, type FieldError } from '../schema/validate';
import { toAttributePath, type PbAttributePath } from './paths';
import type { TfType } from './types';

export interface PbDiagnostic {
  severity: number;
  summary: string;
  detail: string;
  attribute?: PbAttributePath;
}

export const ERROR = 1;
export const WARNING = 2;

export function fieldDiagnostics(type: TfType, errors: FieldError[], what: string): PbDiagnostic[] {
  return errors.map((e) => ({
    severity: ERROR,
    summary: `Invalid ${what}: ${e.path} ${e.message}`,
    detail: '',
    attribute: toAttributePath(type, e.path),
  }));
}

export const warning = (summary: string, detail = ''): PbDiagnostic => ({ severity: WARNING, summary, detail });
export const error = (summary: string, detail = ''): PbDiagnostic => ({ severity: ERROR, summary, detail });

export function errorDiagnostics(type: TfType, err: unknown, what: string): PbDiagnostic[] {
  if (err instanceof ValidationError) return fieldDiagnostics(type, err.errors, what);
  if (err instanceof PartialApplyError) {
    const id = typeof err.state.id === 'string' ? ` (id ${err.state.id})` : '';
    return [
      {
        severity: ERROR,
        summary: err.message,
        detail:
          `The ${what} exists${id} but did not finish. It is kept in state and marked tainted, ` +
          `so the next apply replaces it.`,
      },
    ];
  }
  const message = err instanceof Error ? err.message : String(err);
  return [{ severity: ERROR, summary: message, detail: '' }];
}
