// ESLint: typescript-eslint's recommended rules, plus the layer boundaries of
// shared/ARCHITECTURE.md: imports point down main -> ui -> app | editor -> model and storage -> model, never up;
// src/app reaches storage only through interfaces declared in src/model, which main.ts wires in.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const layer = (message, groups) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
});

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'src/ui/locales/**', 'src/ui/shared/locale-codes.ts', '.wtr-results/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly',
        navigator: 'readonly', location: 'readonly', customElements: 'readonly', fetch: 'readonly',
        crypto: 'readonly', TextEncoder: 'readonly', URL: 'readonly', setTimeout: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports (STYLE.md, 2).' }],
    },
  },
  {
    files: ['src/model/**/*.ts'],
    rules: layer('src/model is pure: it imports nothing of ours above it, nor lit, prosemirror or idb.', [
      '**/ui/**', '**/app/**', '**/editor/**', '**/storage/**', '**/main', '**/main.js', 'lit', 'lit/*', '@lit/*', 'prosemirror-*', 'idb', 'idb/*',
    ]),
  },
  {
    files: ['src/editor/**/*.ts'],
    rules: layer('src/editor imports only model and prosemirror-* (never app, storage, ui, lit or idb).', [
      '**/ui/**', '**/app/**', '**/storage/**', '**/main', '**/main.js', 'lit', 'lit/*', '@lit/*', 'idb', 'idb/*',
    ]),
  },
  {
    files: ['src/storage/**/*.ts'],
    rules: layer('src/storage imports only model and idb (never app, editor, ui, lit or prosemirror).', [
      '**/ui/**', '**/app/**', '**/editor/**', '**/main', '**/main.js', 'lit', 'lit/*', '@lit/*', 'prosemirror-*',
    ]),
  },
  {
    files: ['src/app/**/*.ts'],
    rules: layer('src/app imports only model: no lit, prosemirror or idb, and storage only through the interfaces in src/model.', [
      '**/ui/**', '**/editor/**', '**/storage/**', '**/main', '**/main.js', 'lit', 'lit/*', '@lit/*', 'prosemirror-*', 'idb', 'idb/*',
    ]),
  },
  {
    files: ['src/ui/**/*.ts'],
    rules: layer('ui imports app, editor and model: storage and idb only through src/app, ProseMirror only through src/editor, and nothing imports main.ts.', [
      '**/main', '**/main.js', '**/storage/**', 'idb', 'idb/*', 'prosemirror-*',
    ]),
  },
  {
    files: ['test/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['*.config.*', 'eslint.config.js', 'test/support/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
