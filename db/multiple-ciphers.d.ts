// The package ships types that its package.json "exports" hide from TypeScript; its API is
// better-sqlite3's (a drop-in build with encryption pragmas), so its types are borrowed.
declare module 'better-sqlite3-multiple-ciphers' {
  import Database from 'better-sqlite3';
  export default Database;
}
