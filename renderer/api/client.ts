import type { MethodInput, MethodName, MethodOutput } from './methods.ts';

// The renderer's only door to the core. In Electron the preload exposes window.foyer (one function
// per contract method); in a browser the same methods are POST /api/<method>. Both answer
// { ok: true, value } | { ok: false, error: { code, message } }.

export interface ApiFailure {
  readonly code: string;
  readonly message: string;
}
type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiFailure };

export class ApiError extends Error {
  readonly code: string;
  constructor(failure: ApiFailure) {
    super(failure.message);
    this.name = 'ApiError';
    this.code = failure.code;
  }
}

type Bridge = Record<string, ((input: unknown) => Promise<unknown>) | undefined> & {
  onUpdate?: (listener: (update: unknown) => void) => () => void;
};

const bridge = (): Bridge | undefined => (globalThis as { foyer?: Bridge }).foyer;

/** The pairing token from a `?token=` URL, kept for the session so reloads keep working. */
export function pairingToken(): string | null {
  const fromUrl = new URLSearchParams(location.search).get('token');
  if (fromUrl) sessionStorage.setItem('foyer.token', fromUrl);
  return fromUrl ?? sessionStorage.getItem('foyer.token');
}

/**
 * Whether this screen was paired with a token (a tablet over `foyer serve`) rather than running in
 * the Electron window or on the serving machine itself. Read from the URL too, so the first render
 * knows it before any call has stored the token.
 */
export const isPairedDevice = (): boolean => bridge() === undefined && pairingToken() !== null;

const unwrap = <T>(envelope: Envelope<T>): T => {
  if (envelope.ok) return envelope.value;
  throw new ApiError(envelope.error);
};

async function overHttp(method: string, input: unknown, signal?: AbortSignal): Promise<unknown> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const token = pairingToken();
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`/api/${method}`, { method: 'POST', headers, body: JSON.stringify(input ?? {}), signal });
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    throw new ApiError({ code: 'transport', message: `${res.status} ${res.statusText}` });
  }
  return unwrap(body as Envelope<unknown>);
}

/**
 * Calls one contract method with typed input and output. An aborted call (a newer keystroke
 * replaced it) rejects with an AbortError the caller can ignore.
 */
export async function call<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  signal?: AbortSignal,
): Promise<MethodOutput<M>> {
  const fn = bridge()?.[method];
  if (fn) {
    const value = unwrap((await fn(input)) as Envelope<unknown>);
    if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
    return value as MethodOutput<M>;
  }
  return (await overHttp(method, input, signal)) as MethodOutput<M>;
}

export const isAbort = (err: unknown): boolean => err instanceof DOMException && err.name === 'AbortError';

export const errorMessage = (err: unknown): string => (err instanceof Error ? err.message : String(err));
