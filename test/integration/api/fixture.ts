import { createApi, type Api } from '../../../main/api/handlers.ts';
import type { MethodName } from '../../../main/api/contract.ts';
import { DESK, eventWith, personNamed } from '../../helpers/db.ts';

export const PEOPLE = [
  personNamed(1, 'Ștefan Căpitanu', { firstName: 'Ștefan', familyName: 'Căpitanu', organisation: 'Cluster Mureș', email: 'stefan@example.ro' }),
  personNamed(2, 'Åsa Lindqvist', { firstName: 'Åsa', familyName: 'Lindqvist', organisation: 'Skåne Cluster', email: 'asa@example.se' }),
  personNamed(3, 'Ana-Maria Ghiță', { firstName: 'Ana-Maria', familyName: 'Ghiță', organisation: 'UAIC Iași', email: 'ana@example.ro' }),
];

/** A real database with the ECC 2019 event, and the API as both transports use it, on the first event day. */
export function testApi(): Api {
  const db = eventWith(PEOPLE);
  return createApi({ db, actor: DESK, now: () => new Date('2019-05-14T07:30:00Z') });
}

/** Inputs that no method accepts: not an object, and an object with a key no method knows. */
export const INVALID_INPUTS: readonly unknown[] = [42, 'search me', [1, 2], { definitelyNotAField: true }];

export type CallAll = (method: MethodName, input: unknown) => Promise<{ ok: boolean; error?: { code: string } }>;
