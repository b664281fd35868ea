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
  11: '8f03c9e49621daf9f0bde0bd8f819255d584888d65eb18b6c754e0ab8170c55e',
  12: 'd72cbba424286ae610b2c35831ed3ed95705b3963cb2866538c650b82180420e',
  13: '326dda139a8e8965daa705e9f507d4b9e4e47a5cc1d9cab420e1f28528b512f6',
  14: '628a288a8b5cce3f7257e997dc8c7f43c1ebf536c3bc0f45230e0c0595930090',
  15: 'e08d4f4114ac2140b0faa384860b8163d8faf3cac4675c2ba115006ceff7621b',
  16: '5f9b04f4df43e0a8ded567cf69e15a535ea72c9fe93699747749fdb8ed6b3ebd',
  17: '7d1178b3ab3550d5ad3f465b7e695356d71dc54440065493f32991503b0419a2',
  18: 'f5a1ff69981ea17e72e8cd829fe6bc73a44ba37cee5ef50bacab14dcfbcaba3c',
  19: '2cc5fe4509a9065e0617e40a56aee7f3744d2354c428b3682bf0639dad33dc4f',
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
