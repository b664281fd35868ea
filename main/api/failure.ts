import type { ErrorCode } from './contract.ts';

/** A handler's expected refusal, answered with its code (not-found, denied, rate-limited …). */
export class ApiFailure extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ApiFailure';
    this.code = code;
  }
}
