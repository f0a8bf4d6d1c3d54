import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The layers of docs/ARCHITECTURE.md, enforced: the core stays pure, the view stays out of the UI,
// and nothing in the render path reads a real clock or unseeded randomness.
const nondeterminism = [
  {
    object: 'Math',
    property: 'random',
    message: 'Use a seeded generator: frames must be reproducible.',
  },
  { object: 'Date', property: 'now', message: 'Time comes from the mission clock only.' },
  { object: 'performance', property: 'now', message: 'Time comes from the mission clock only.' },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'coverage',
      'test-results',
      'tmp',
      'bench/peer-cesium/dist',
      'bench/floor/dist',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['scripts/**/*.mjs', '*.js', 'bench/**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/immutability': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                'react-dom/*',
                '@react-three/*',
                'three',
                'three/*',
                'zustand',
                'zustand/*',
              ],
              message: 'src/core is pure: no React, three or state library.',
            },
            {
              group: ['**/view/**', '**/ui/**', '**/app/**', '**/models/**'],
              message: 'src/core must not depend on outer layers.',
            },
          ],
        },
      ],
      'no-restricted-properties': ['error', ...nondeterminism],
      'no-restricted-globals': ['error', 'window', 'document'],
    },
  },
  {
    files: ['src/view/**/*.{ts,tsx}', 'models/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/ui/**', '**/app/**'],
              message: 'The view draws frames; it does not know the UI or the app.',
            },
          ],
        },
      ],
      'no-restricted-properties': ['error', ...nondeterminism],
    },
  },
  {
    // Record mode draws frames too: no unseeded randomness, no clock but the mission clock.
    files: ['src/modes/record/**/*.{ts,tsx}'],
    rules: { 'no-restricted-properties': ['error', ...nondeterminism] },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/view/**', 'three', '@react-three/*'],
              message: 'The UI is DOM only; 3D lives in src/view.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
