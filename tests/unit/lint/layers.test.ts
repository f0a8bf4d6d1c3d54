/**
 * The layer rules of .dependency-cruiser.cjs (run by `npm run lint`) catch what they claim to:
 * each case writes a tiny tree with one offending import and cruises it with the project's rules.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { afterAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const config = require('../../../.dependency-cruiser.cjs') as {
  forbidden: object[];
  options: Record<string, unknown>;
};
const roots: string[] = [];

/** Cruises `files` (path → source) and returns the names of the rules they break. */
async function violations(files: Record<string, string>): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'layers-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const { tsConfig: _ignored, ...options } = config.options;
  const result = await cruise(
    ['src', 'models', 'scripts'].filter((d) => hasDir(files, d)),
    {
      ...options,
      baseDir: root,
      validate: true,
      ruleSet: { forbidden: config.forbidden },
    } as never,
  );
  const output = result.output as ICruiseResult;
  return [...new Set(output.summary.violations.map((v) => v.rule.name))].sort();
}

const hasDir = (files: Record<string, string>, dir: string) =>
  Object.keys(files).some((path) => path.startsWith(`${dir}/`));

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('layer rules', () => {
  it('accept imports that go down the layers', async () => {
    expect(
      await violations({
        'src/core/time.ts': 'export const t = 1;\n',
        'src/player/store.ts': "import { t } from '../core/time.ts';\nexport const s = t;\n",
        'src/ui/Bar.ts': "import { s } from '../player/store.ts';\nexport const b = s;\n",
        'src/app/App.ts': "import { b } from '../ui/Bar.ts';\nexport const a = b;\n",
      }),
    ).toEqual([]);
  });

  it.each([
    [
      'the core importing the UI',
      {
        'src/ui/strings.ts': 'export const x = 1;\n',
        'src/core/pure.ts': "import { x } from '../ui/strings.ts';\nexport const y = x;\n",
      },
      'layer-core',
    ],
    [
      'the UI importing the app (a type import counts)',
      {
        'src/app/store.ts': 'export type S = number;\n',
        'src/ui/Bar.ts': "import type { S } from '../app/store.ts';\nexport const b: S = 1;\n",
      },
      'layer-ui',
    ],
    [
      'a mode importing the composition root',
      {
        'src/app/App.ts': 'export const App = 1;\n',
        'src/modes/kiosk/Root.ts':
          "import { App } from '../../app/App.ts';\nexport const r = App;\n",
      },
      'layer-modes',
    ],
    [
      'one mode importing the other',
      {
        'src/modes/record/clip.ts': 'export const c = 1;\n',
        'src/modes/kiosk/driver.ts':
          "import { c } from '../record/clip.ts';\nexport const d = c;\n",
      },
      'modes-apart',
    ],
    [
      'two modules importing each other',
      {
        'src/player/a.ts': "import { b } from './b.ts';\nexport const a = () => b;\n",
        'src/player/b.ts': "import { a } from './a.ts';\nexport const b = () => a;\n",
      },
      'no-circular',
    ],
    [
      'the app importing a script',
      {
        'scripts/tool.mjs': 'export const tool = 1;\n',
        'src/app/x.ts': "import { tool } from '../../scripts/tool.mjs';\nexport const x = tool;\n",
      },
      'src-not-scripts',
    ],
  ])('reject %s', async (_name, files, rule) => {
    expect(await violations(files)).toContain(rule);
  });
});
