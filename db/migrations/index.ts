import * as core from './001_core.ts';
import * as print from './003_print.ts';
import * as sync from './004_sync.ts';
import * as app from './005_app.ts';
import * as checkins from './006_checkins.ts';
import * as searchWords from './007_search_words.ts';
import * as help from './008_help.ts';
import * as importOrder from './009_import_order.ts';
import * as searchFile from './010_search_file.ts';
import * as admission from './013_admission.ts';

export interface Migration {
  readonly version: number;
  readonly sql: string;
}

/** Every migration in order. Append only: a shipped migration is never edited. */
export const migrations: readonly Migration[] = [core, print, sync, app, checkins, searchWords, help, importOrder, searchFile, admission];
