// ESLint (flat config), run by `npm run lint` from the repository root. It lives in .config/ because the
// project's top level is kept to the folders the layout names.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

import { dirname } from 'node:path';

const root = dirname(import.meta.dirname);

export default tseslint.config(
  {
    // Generated code keeps the generator's form (still type-checked by tsc); fixtures are data.
    ignores: [
      'node_modules/',
      'dist/',
      'constructs/',
      'provider/pulumi/sdk/',
      'test/fixtures/',
      '**/cdktf.out/',
      '**/.novaform/',
      '**/.gen/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['.config/*.mjs', 'provider/*.mjs'] },
        tsconfigRootDir: root,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'max-len': ['error', { code: 120, tabWidth: 2 }],
      'no-prototype-builtins': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unnecessary-condition': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Handlers and plugin methods are async by contract (fastify, grpc adapters) even when they do not await.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Tests read parsed JSON bodies, whose shape is what they assert; the any-propagation rules would only
    // add casts there. Every other rule applies to tests too.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // The provider uses the engine only through what the engine publishes for it (its index, the action table,
    // the state names, engine/shared), never through its HTTP routes or its domain operations.
    files: ['provider/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/engine/api/**', '**/engine/domain/**'], message: 'import from engine/shared' }] },
      ],
    },
  },
  prettier,
  // prettier's config turns max-len off; it stays on for what prettier cannot wrap (strings, comments).
  { rules: { 'max-len': ['error', { code: 120, tabWidth: 2 }] } },
);
