import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Hoisting makes an undeclared import work inside the monorepo and break anywhere else (a deploy of one
// workspace, `npm ci --workspace`), so every package a workspace's src imports must be in its package.json.
const root = path.resolve(import.meta.dirname, '..');
const workspaces = ['apps', 'packages'].flatMap((dir) =>
  readdirSync(path.join(root, dir)).map((name) => path.join(dir, name)),
);
const importPattern = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)['"]([^'"./][^'"]*)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return name === 'node_modules' || name === 'dist' ? [] : sourceFiles(p);
    return /\.(ts|tsx|mts|js|mjs)$/.test(name) ? [p] : [];
  });
}

const packageName = (spec: string): string =>
  spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec);

describe('workspace dependencies', () => {
  it.each(workspaces.filter((w) => statSync(path.join(root, w, 'src'), { throwIfNoEntry: false })))(
    '%s declares every package its src imports',
    (workspace) => {
      const pkg = JSON.parse(readFileSync(path.join(root, workspace, 'package.json'), 'utf8')) as Record<
        string,
        Record<string, string> | undefined
      >;
      const declared = new Set(
        ['dependencies', 'devDependencies', 'peerDependencies'].flatMap((k) => Object.keys(pkg[k] ?? {})),
      );
      const missing = new Set<string>();
      for (const file of sourceFiles(path.join(root, workspace, 'src'))) {
        for (const [, spec = ''] of readFileSync(file, 'utf8').matchAll(importPattern)) {
          const name = packageName(spec);
          if (spec.startsWith('node:') || builtinModules.includes(name) || declared.has(name)) continue;
          missing.add(`${name} (${path.relative(root, file)})`);
        }
      }
      expect([...missing]).toEqual([]);
    },
  );
});
