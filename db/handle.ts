import type Database from 'better-sqlite3';

/** A connection to a Foyer database, as openDb returns it (pragmas set, migrated, search file attached). */
export type Db = Database.Database;
