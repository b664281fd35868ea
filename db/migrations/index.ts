import * as core from './001_core.ts';
import * as print from './003_print.ts';
import * as sync from './004_sync.ts';
import * as app from './005_app.ts';
import * as checkins from './006_checkins.ts';
import * as searchWords from './007_search_words.ts';
import * as help from './008_help.ts';
import * as importOrder from './009_import_order.ts';
import * as searchFile from './010_search_file.ts';
import * as kioskGuard from './011_kiosk_guard.ts';
import * as hubBackup from './012_hub_backup.ts';
import * as admission from './013_admission.ts';
import * as privacy from './014_privacy.ts';
import * as door from './015_door.ts';
import * as sessions from './016_sessions.ts';
import * as meetingsHeld from './017_meetings_held.ts';
import * as templates from './018_templates.ts';
import * as sessionUndo from './019_session_undo.ts';

export interface Migration {
  readonly version: number;
  readonly sql: string;
}

/**
 * Numbers that were never used, and why: no database ever had them as its user_version.
 * test/unit/house/migrations.test.ts refuses any other gap.
 */
export const UNUSED_VERSIONS: Readonly<Record<number, string>> = {
  2: 'left free when the print queue was written as 003; no build ever shipped a migration 2',
};

/**
 * Every migration in order. Append only: a shipped migration is never edited
 * (test/unit/house/migrations.test.ts holds the hash of each one).
 */
export const migrations: readonly Migration[] = [
  core, print, sync, app, checkins, searchWords, help, importOrder, searchFile, kioskGuard, hubBackup, admission, privacy, door, sessions, meetingsHeld, templates, sessionUndo,
];
