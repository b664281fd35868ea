// Images and fonts a designed template uses, stored in the database (so they sync) and handed to
// the renderer with the template. Bundled templates need none.

export interface StoredImage {
  readonly mime: 'image/png' | 'image/jpeg' | 'image/svg+xml';
  readonly bytes: Buffer;
}

export interface BadgeAssets {
  /** Images by id (sha256 hex of the bytes). */
  readonly images: ReadonlyMap<string, StoredImage>;
  /** Font files by their alias in the template's userFonts. */
  readonly fonts: ReadonlyMap<string, { readonly id: string; readonly bytes: Buffer }>;
}

export const NO_ASSETS: BadgeAssets = { images: new Map(), fonts: new Map() };
