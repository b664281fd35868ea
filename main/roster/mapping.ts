import { InputError } from '../errors.ts';
import { type ColumnMapping, genericTarget, MULTI_TARGETS, normaliseHeader, type Target, TARGET_ALIASES, TARGETS } from './columns.ts';

export type { ColumnMapping } from './columns.ts';
import { assertNamesLookLikeNames } from './name-guard.ts';
import { detectPreset, GENERIC_PRESET, type Preset, presetByName, presetKeys, PRESETS, signatureHeaders } from './presets.ts';
import type { Table } from './table.ts';

export interface Mapping {
  readonly preset: string;
  /** Why this preset: chosen, or detected from which headers. */
  readonly presetReason: string;
  /** The same, for a screen to say in its language. */
  readonly presetBasis: PresetBasis;
  /** The source system the preset stands for ("pretix"), or undefined for the generic mapping. */
  readonly system: string | undefined;
  readonly columns: readonly ColumnMapping[];
}

export interface PresetBasis {
  readonly how: 'chosen' | 'detected' | 'guessed';
  /** The file's headers that made the preset recognised (detected only). */
  readonly headers: string[];
}

function presetBasis(chosen: string | undefined, active: Preset | undefined, headers: readonly string[]): PresetBasis {
  if (chosen) return { how: 'chosen', headers: [] };
  return active ? { how: 'detected', headers: signatureHeaders(active, headers) } : { how: 'guessed', headers: [] };
}

function presetReason(chosen: string | undefined, active: Preset | undefined, headers: readonly string[]): string {
  if (chosen) return `chosen with --preset ${chosen}`;
  if (active) return `detected from the headers ${signatureHeaders(active, headers).map((h) => `"${h}"`).join(', ')}`;
  return `no preset's headers found (${PRESETS.map((p) => p.name).join(', ')}): columns guessed from their names`;
}

export interface MappingOptions {
  /** A preset name, or undefined to detect one from the headers. */
  readonly preset?: string;
  /** User overrides, "Header=field". */
  readonly map?: readonly string[];
}

function parseOverrides(map: readonly string[], headers: readonly string[]): Map<string, Target> {
  const byHeader = new Map<string, Target>();
  const known = new Map(headers.map((h) => [normaliseHeader(h), h]));
  for (const entry of map) {
    const eq = entry.lastIndexOf('=');
    if (eq <= 0) throw new InputError(`--map "${entry}": write it as "Header=field".`);
    const header = entry.slice(0, eq).trim();
    const fieldName = entry.slice(eq + 1).trim();
    const target = TARGET_ALIASES[fieldName.toLowerCase().replace(/[^a-z]/g, '')] ??
      TARGETS.find((t) => t.toLowerCase() === fieldName.toLowerCase());
    if (!target) throw new InputError(`--map "${entry}": unknown field "${fieldName}". Fields: ${TARGETS.join(', ')}.`);
    if (!known.has(normaliseHeader(header))) {
      throw new InputError(`--map "${entry}": the file has no column "${header}". Columns: ${headers.filter(Boolean).join(', ')}.`);
    }
    byHeader.set(normaliseHeader(header), target);
  }
  return byHeader;
}

/** Two columns may share a header only when the preset tells them apart (pretix's Dutch "Zitplaatsnummer"). */
function assertNoDuplicateHeaders(headers: readonly string[], presetKeys: readonly string[]): void {
  const seen = new Map<string, number>();
  headers.forEach((h, i) => {
    if (h === '') return;
    const key = h.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined && (presetKeys[first] === undefined || presetKeys[first] === presetKeys[i])) {
      throw new InputError(`line 1: duplicate column "${h}" (columns ${first + 1} and ${i + 1}); rename one of them.`);
    }
    seen.set(key, i);
  });
}

const hasData = (table: Table, index: number): boolean => table.rows.some((r) => (r.cells[index] ?? '').trim() !== '');
// Enough rows to tell a column of Yes words or dates from one of codes, without reading a large file twice.
const SAMPLE_ROWS = 500;
const columnCells = (table: Table) => (index: number): string[] => table.rows.slice(0, SAMPLE_ROWS).map((r) => r.cells[index] ?? '');

/**
 * Decides what each column means: the user's --map first, then the preset (named or detected),
 * then the generic spellings; anything else becomes a custom field. A field taken by an earlier
 * column makes a later one custom, and an order code is a ticket code only if nothing better is.
 */
export function resolveMapping(table: Table, options: MappingOptions = {}): Mapping {
  const { headers } = table;
  if (headers.every((h) => h === '')) throw new InputError('line 1: the header row is empty; the first row must name the columns.');
  const preset = options.preset && options.preset !== GENERIC_PRESET ? presetByName(options.preset) : undefined;
  if (options.preset && options.preset !== GENERIC_PRESET && !preset) {
    throw new InputError(`Unknown preset "${options.preset}". Presets: ${[...PRESETS.map((p) => p.name), GENERIC_PRESET].join(', ')}.`);
  }
  const cells = columnCells(table);
  const active = options.preset === GENERIC_PRESET ? undefined : (preset ?? detectPreset(headers, cells));
  const keys = active ? presetKeys(active, headers, cells) : [];
  assertNoDuplicateHeaders(headers, keys);
  const overrides = parseOverrides(options.map ?? [], headers);
  const taken = new Set<Target>();
  const columns: ColumnMapping[] = headers.map((header, index) => {
    const key = normaliseHeader(header);
    let target: Target = overrides.get(key) ?? active?.columns[keys[index] ?? key] ?? genericTarget(header) ?? 'custom';
    if (header === '') target = hasData(table, index) ? 'custom' : 'ignore';
    if (!MULTI_TARGETS.has(target) && taken.has(target) && !overrides.has(key)) target = 'custom';
    taken.add(target);
    const column = { index, header: header || `Column ${index + 1}`, target };
    return active?.timeZones?.[keys[index] ?? key] === 'UTC' ? { ...column, zone: 'UTC' as const } : column;
  });
  const resolved = columns.map((c) => (c.target === 'orderCode' && !taken.has('code') ? { ...c, target: 'code' as const } : c));
  if (!resolved.some((c) => c.target === 'fullName' || c.target === 'firstName' || c.target === 'familyName')) {
    throw new InputError(
      `No name column found among: ${headers.filter(Boolean).join(', ')}. Name one with --map "Header=name" (or first/last).`,
    );
  }
  const overridden = new Set(resolved.filter((c) => overrides.has(normaliseHeader(headers[c.index] ?? ''))).map((c) => c.index));
  assertNamesLookLikeNames(table, resolved, overridden);
  return {
    preset: active?.name ?? GENERIC_PRESET, presetReason: presetReason(options.preset, active, headers),
    presetBasis: presetBasis(options.preset, active, headers), system: active?.system, columns: resolved,
  };
}
