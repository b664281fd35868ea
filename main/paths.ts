import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder Electron's app.getPath('userData') uses for an app named Foyer, computed without
 * Electron so that the `foyer` command and the desktop app open the same database.
 */
export function appDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Foyer');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Foyer');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Foyer');
}

/** --db, else FOYER_DB, else foyer.sqlite in the app's data folder. */
export function resolveDbPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? env.FOYER_DB ?? join(appDataDir(env), 'foyer.sqlite');
}
