import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { migrations, UNUSED_VERSIONS } from '../../../db/migrations/index.ts';

// A shipped migration has run on organisers' laptops: editing it would leave their databases with
// a schema no new desk has. Each one's SQL is pinned here by its SHA-256. A new migration adds its
// line (the failure message prints it); an edited one fails until it is written as a new migration.
const SHIPPED: Readonly<Record<number, string>> = {
  1: '70b78249bfa92560bc4d0b4d355a3683673b92b16077ab850a6eab4d71c1d30d',
  3: 'a8ee5400f72f5f4c68ab13be61be0599812f194f856f3d72fd6aac55b67de0fa',
  4: '77a545816515506fa06286b7906772689e0a29c90b25a6ca9570b6c6f7cd3e43',
  5: '0a06bdabe0629377744f1eda61f27459ff71c5873b9d2d671d8307f95dfd8d8d',
  6: '7884550f4b9e55f414bdbc031ba63a53302ed4144711b8a58c006467ae75da71',
  7: '31c32fb4e041ba3ceae1bee89e8e948aea99a3c66bfea40dd87008a61b0e4f63',
  8: 'a69831db9098ac451f16cd631d56f4488ab30b77ac98205ff9a50d606a8010d9',
  9: 'd8f82c159ab3c493620a6744954c9bd1bdc2ff80dab96448a7a2f2c720e7ecd2',
  10: '34c0c7b5474e4d65602797c8a57152e4e76517e0ee26097b3409f8522a06048e',
};

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('shipped migrations', () => {
  it('are unchanged, and every migration is pinned', () => {
    const actual = Object.fromEntries(migrations.map((m) => [m.version, sha256(m.sql)]));
    const unpinned = migrations.filter((m) => !(m.version in SHIPPED)).map((m) => `  ${m.version}: '${sha256(m.sql)}',`);
    expect(unpinned, `pin the new migration(s) in SHIPPED:\n${unpinned.join('\n')}`).toEqual([]);
    expect(actual).toEqual(SHIPPED);
  });

  it('are numbered without a gap that is not explained', () => {
    const versions = migrations.map((m) => m.version);
    const last = versions.at(-1) ?? 0;
    for (let v = 1; v <= last; v++) {
      if (v in UNUSED_VERSIONS) expect(versions, `version ${v} is listed as unused`).not.toContain(v);
      else expect(versions, `migration ${v} is missing; if the number is skipped on purpose, say why in UNUSED_VERSIONS`).toContain(v);
    }
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
  });
});
