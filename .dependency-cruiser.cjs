/**
 * The layer order of docs/ARCHITECTURE.md, checked by `npm run lint`:
 *
 *   src/core < models < src/view < src/player < src/ui < src/modes < src/app (and src/main.tsx)
 *
 * A layer may import its own and lower layers only; the two modes do not import each other; no
 * import cycle anywhere (modules, type-only imports included). tests/unit/lint/layers.test.ts
 * proves each rule fails on a violating import.
 */
const LAYERS = ['src/core', 'models', 'src/view', 'src/player', 'src/ui', 'src/modes', 'src/app'];

const upward = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `layer-${layer.replace('src/', '')}`,
  comment: `${layer} may not import a higher layer (${LAYERS.slice(i + 1).join(', ')})`,
  severity: 'error',
  from: { path: `^${layer}/` },
  to: { path: `^(${LAYERS.slice(i + 1).join('|')}/|src/main\\.tsx)` },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Import cycles make layers meaningless and load order fragile.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...upward,
    {
      name: 'modes-apart',
      comment: 'The kiosk and record mode are composed by src/app; neither imports the other.',
      severity: 'error',
      from: { path: '^src/modes/([^/]+)/' },
      to: { path: '^src/modes/', pathNot: '^src/modes/$1/' },
    },
    {
      name: 'src-not-scripts',
      comment: 'The app does not import the build, bench or asset scripts.',
      severity: 'error',
      from: { path: '^(src|models)/' },
      to: { path: '^scripts/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'] },
  },
};
