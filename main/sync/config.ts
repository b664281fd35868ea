/** Where and how a desk syncs. Names are fixed so that every desk of a venue meets on one stream. */
export interface SyncOptions {
  /** nats:// URLs of the hub (or of every node of a cluster). */
  readonly servers: readonly string[];
  /** Display name of this desk, e.g. "Desk 2". */
  readonly desk: string;
  /**
   * What `foyer hub` printed: TOKEN#FINGERPRINT (the venue token and the hub certificate's SHA-256).
   * The stream carries the roster and the badge key; the fingerprint pins the hub's TLS certificate.
   */
  readonly token?: string | null;
  /** Stream name; tests use their own. */
  readonly stream?: string;
  /** Copies of the stream, when the desk creates it (open test servers only: a venue hub creates its own). */
  readonly replicas?: number;
  /** How often a connected desk looks at the stream for lost events (ms). */
  readonly hubCheckMs?: number;
  /** How long a consumer may deliver nothing while the stream holds newer events before it is replaced (ms). */
  readonly stallMs?: number;
  /** How long the stream must look as if it lost events before this desk restores it (ms). */
  readonly lossConfirmMs?: number;
  /** How often the publisher looks for new local events written by any process (ms). */
  readonly pollMs?: number;
}

export const DEFAULT_STREAM = 'FOYER';

/** Subjects of a stream: foyer.events.* for the venue's stream; streams of one server must not overlap. */
export const subjectRootFor = (stream: string): string =>
  stream === DEFAULT_STREAM ? 'foyer.events' : `foyer.${stream.toLowerCase()}.events`;

/** Each desk publishes on its own subject, named by its node id (spaces and dots are not allowed). */
export const subjectFor = (stream: string, nodeId: string): string => `${subjectRootFor(stream)}.${nodeId}`;
export const consumerNameFor = (nodeId: string): string => `desk_${nodeId}`;

/** "nats://hub:4222,nats://b:4222" or "hub" → a list of URLs. */
export function parseServers(input: string): string[] {
  return input
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map((s) => (s.includes('://') ? s : `nats://${s.includes(':') ? s : `${s}:4222`}`));
}
