import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// Packaging cannot run here (it downloads Electron), so the configuration is checked statically:
// electron-builder.yml against electron-builder's own JSON schema, and the entry points line up.
const require = createRequire(import.meta.url);
const root = new URL('../../', import.meta.url);
const read = (p: string): string => readFileSync(new URL(p, root), 'utf8');

describe('packaging configuration', () => {
  it('electron-builder.yml is valid for the installed electron-builder and targets all four formats', () => {
    const Ajv = require('ajv') as new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown } };
    const yaml = require('js-yaml') as { load(s: string): Record<string, { target?: string[] }> };
    const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true }).compile(schema);
    const config = yaml.load(read('electron-builder.yml'));
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    expect([...(config.linux?.target ?? []), ...(config.win?.target ?? []), ...(config.mac?.target ?? [])]).toEqual(['AppImage', 'deb', 'nsis', 'dmg']);
    expect(JSON.stringify(config.asarUnpack)).toContain('better-sqlite3');
  });

  it('package.json starts the entry that electron-vite builds, and the window loads the built preload', () => {
    const pkg = JSON.parse(read('package.json')) as { main: string; scripts: Record<string, string> };
    expect(pkg.main).toBe('out/main/index.js');
    expect(pkg.scripts.start).toBe('electron-vite build && electron .');
    const config = read('electron.vite.config.ts');
    expect(config).toContain("input: { index: path('./main/app/main.ts'), 'index-thread': path('./main/search/index-thread.ts'),\n          'import-thread': path('./main/roster/import-thread.ts') }");
    expect(config).toContain("entryFileNames: '[name].cjs'");
    expect(read('main/app/main.ts')).toContain("'../preload/preload.cjs'");
  });

  it('flips the Electron fuses that keep other code out of the packaged app', () => {
    const yaml = require('js-yaml') as { load(s: string): { electronFuses?: Record<string, boolean> } };
    const fuses = yaml.load(read('electron-builder.yml')).electronFuses ?? {};
    expect(fuses.runAsNode).toBe(false);
    expect(fuses.enableNodeOptionsEnvironmentVariable).toBe(false);
    expect(fuses.enableNodeCliInspectArguments).toBe(false);
    expect(fuses.onlyLoadAppFromAsar).toBe(true);
    expect(fuses.enableEmbeddedAsarIntegrityValidation).toBe(true);
  });

  it('entitles the macOS build to the camera and says why', () => {
    const yaml = require('js-yaml') as { load(s: string): { mac?: { hardenedRuntime?: boolean; entitlements?: string; entitlementsInherit?: string; extendInfo?: Record<string, string> } } };
    const mac = yaml.load(read('electron-builder.yml')).mac ?? {};
    expect(mac.hardenedRuntime).toBe(true);
    expect(mac.extendInfo?.NSCameraUsageDescription).toMatch(/camera/i);
    for (const plist of [mac.entitlements, mac.entitlementsInherit]) {
      expect(plist).toBeDefined();
      expect(read(plist!).replace(/\s+/g, '')).toContain('<key>com.apple.security.device.camera</key><true/>');
    }
  });
});
