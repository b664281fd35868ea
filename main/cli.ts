import { Command } from 'commander';
import { registerBadges } from './cli/badges.ts';
import { registerMeetings } from './cli/meetings.ts';
import { registerPlan } from './cli/plan.ts';
import { registerCheckin } from './cli/checkin.ts';
import { registerDemo } from './cli/demo.ts';
import { registerEvent } from './cli/event.ts';
import { registerExport } from './cli/export.ts';
import { registerImport } from './cli/import.ts';
import { registerPrint } from './cli/print.ts';
import { registerPurge } from './cli/purge.ts';
import { registerSearch } from './cli/search.ts';
import { registerServe } from './cli/serve.ts';
import { registerSessions } from './cli/sessions.ts';
import { registerStats } from './cli/stats.ts';
import { registerSync } from './cli/sync.ts';
import { registerTemplates } from './cli/templates.ts';

const program = new Command('foyer')
  .description('Foyer: offline check-in and badges for conferences')
  .option('--db <path>', 'database file (default: $FOYER_DB, else the app data folder)')
  .option('--json', 'print a machine-readable result on stdout')
  .option('--desk <name>', 'name of this desk (default: $FOYER_DESK, else the host name)')
  .option('--operator <name>', 'name of the operator (default: the user name)')
  .option('--key-file <path>', 'key of an encrypted database (default: $FOYER_DB_KEY); a new database given a key is encrypted')
  .showHelpAfterError()
  .exitOverride((err) => {
    // Bad usage exits with 2, as documented; --help and --version exit with 0.
    process.exit(err.exitCode === 0 ? 0 : 2);
  });

registerDemo(program);
registerEvent(program);
registerImport(program);
registerExport(program);
registerSearch(program);
registerCheckin(program);
registerStats(program);
registerSync(program);
registerServe(program);
registerPrint(program);
registerBadges(program);
registerTemplates(program);
registerMeetings(program);
registerSessions(program);
registerPurge(program);
registerPlan(program);

await program.parseAsync(process.argv);
