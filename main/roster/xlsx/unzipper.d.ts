// The part of unzipper (a dependency of exceljs) that the XLSX reader uses: the central directory
// of a zip held in memory, and each entry as a stream of its unzipped bytes.
declare module 'unzipper' {
  import type { Readable } from 'node:stream';
  export interface ZipEntry {
    readonly path: string;
    readonly type: 'File' | 'Directory';
    readonly uncompressedSize: number;
    stream(): Readable;
  }
  export interface ZipDirectory {
    readonly files: readonly ZipEntry[];
  }
  export const Open: { buffer(buf: Buffer): Promise<ZipDirectory> };
}
