import { exportFile } from '../../roster/export.ts';
import type { HandlersOf } from '../handler-types.ts';

/** The organisers' lists (check-ins, no-shows) as spreadsheet files for the screen to save. */
export const listsHandlers: HandlersOf<'lists'> = {
  'lists.export': async ({ list, day, format }, ctx) => {
    const file = await exportFile(ctx.db, list, format, day);
    return { fileName: file.fileName, mime: file.mime, base64: file.bytes.toString('base64'), rows: file.rows };
  },
};
