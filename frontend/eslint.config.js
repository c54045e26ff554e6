import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** bulletproof-react boundaries: shared code → features → app; features stay apart. */
const boundaries = [
  { target: './src/features/messages', from: './src/features', except: ['./messages'] },
  { target: './src/features/auth', from: './src/features', except: ['./auth'] },
  { target: './src/features/knowledge', from: './src/features', except: ['./knowledge'] },
  { target: './src/features/calendar', from: './src/features', except: ['./calendar'] },
  { target: './src/features/clients', from: './src/features', except: ['./clients'] },
  { target: './src/features', from: './src/app' },
  {
    target: ['./src/components', './src/hooks', './src/lib', './src/config'],
    from: ['./src/features', './src/app'],
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'src/api/schema.d.ts',
      'e2e/artifacts',
      'playwright-report',
      'test-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    ...jsxA11y.flatConfigs.recommended,
    languageOptions: {
      ...jsxA11y.flatConfigs.recommended.languageOptions,
      globals: globals.browser,
    },
  },
  { files: ['src/**/*.{ts,tsx}'], ...reactHooks.configs.flat['recommended-latest'] },
  {
    files: ['**/*.{ts,tsx,js}'],
    plugins: { import: importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: './tsconfig.app.json' }),
      ],
    },
    rules: {
      'import/no-restricted-paths': ['error', { zones: boundaries }],
      'import/no-cycle': 'error',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-ignore': true, 'ts-expect-error': true },
      ],
    },
  },
  {
    files: ['e2e/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
);
