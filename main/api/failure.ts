import type { ErrorCode } from './contract.ts';

/** A handler's expected refusal, answered with its code (not-found, denied, unavailable …). */
export class ApiFailure extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ApiFailure';
    this.code = code;
  }
}

export const unavailable = (what: string): ApiFailure =>
  new ApiFailure('unavailable', `${what} is not available in this version of Foyer yet.`);
