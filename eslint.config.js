// Lint: TypeScript (typescript-eslint), Lit templates (eslint-plugin-lit) and custom-element rules
// (eslint-plugin-wc), plus the project's red lines: no storage, cookies or raw HTML in src/.
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

const redLines = [
  { name: 'localStorage', message: 'The widgets leave no trace: no web storage.' },
  { name: 'sessionStorage', message: 'The widgets leave no trace: no web storage.' },
  { name: 'indexedDB', message: 'The widgets leave no trace: no IndexedDB.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'src/generated/**', 'bench/.tmp/**', 'docs/**', 'custom-elements.json'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...redLines],
      'no-restricted-properties': [
        'error',
        { object: 'document', property: 'cookie', message: 'The widgets leave no trace: no cookies.' },
        { object: 'window', property: 'localStorage', message: 'No web storage.' },
        { object: 'window', property: 'sessionStorage', message: 'No web storage.' },
        { object: 'window', property: 'indexedDB', message: 'No IndexedDB.' },
        { property: 'innerHTML', message: 'Data is text, never HTML.' },
        { property: 'outerHTML', message: 'Data is text, never HTML.' },
        { property: 'insertAdjacentHTML', message: 'Data is text, never HTML.' },
      ],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Data is text, never HTML.' }] },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-console': ['error', { allow: ['warn'] }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' },
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
