import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

// The hub's token is the venue's shared secret, and it never travels as such. Hub and desks
// derive from it the passwords nats-server checks (sent inside TLS when a desk connects), and the
// key that encrypts every event in the stream (AES-256-GCM). Someone listening on the venue
// network, or reading the hub's disk, sees neither the roster nor the badge-signing key, and
// cannot forge an event that a desk would apply.

const SALT = 'foyer venue secret v1';
/** First byte of a sealed message, so that a later format can be told apart. */
const FORMAT = 1;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export class UnreadableEventError extends Error {
  constructor() {
    super('An event in the stream cannot be decrypted: it was sealed with another venue token, or altered.');
    this.name = 'UnreadableEventError';
  }
}

export interface VenueKeys {
  /** The desks' password at the hub: derived, so that knowing it does not reveal the event key. */
  readonly authToken: string;
  /** The password hubs of a cluster present to each other on their routes. */
  readonly routePassword: string;
  readonly seal: (text: string) => Uint8Array;
  /** The text of a sealed message; throws UnreadableEventError for anything else. */
  readonly open: (data: Uint8Array) => string;
}

const derive = (secret: string, purpose: string): Buffer => Buffer.from(hkdfSync('sha256', secret, SALT, purpose, 32));

export function venueKeys(secret: string): VenueKeys {
  const key = derive(secret, 'event encryption');
  return {
    authToken: derive(secret, 'nats auth').toString('hex'),
    routePassword: derive(secret, 'nats route').toString('hex'),
    seal: (text) => {
      const nonce = randomBytes(NONCE_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, nonce);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([Buffer.of(FORMAT), nonce, body, cipher.getAuthTag()]);
    },
    open: (data) => {
      const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      if (bytes.length < 1 + NONCE_BYTES + TAG_BYTES || bytes[0] !== FORMAT) throw new UnreadableEventError();
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(1, 1 + NONCE_BYTES));
        decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
        return Buffer.concat([decipher.update(bytes.subarray(1 + NONCE_BYTES, bytes.length - TAG_BYTES)), decipher.final()]).toString('utf8');
      } catch {
        throw new UnreadableEventError();
      }
    },
  };
}
