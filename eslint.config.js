// @ts-check
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const PINYIN_LIBRARY = { name: 'pinyin-pro', message: 'Pinyin is written into the content at build time (scripts/pinyin.ts), not computed in the browser.' };

const features = ['today', 'glossary', 'flashcards', 'quiz', 'progress', 'settings', 'sync'];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'coverage', 'node_modules', 'dev-dist'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { ...globals.node } } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      // The walls of the house: data flows app → routes → features → {components, stores, lib} → domain.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/domain',
              from: ['./src/app', './src/routes', './src/features', './src/components', './src/stores', './src/lib'],
              message: 'src/domain is pure: it imports nothing of the app.',
            },
            { target: './src/lib', from: ['./src/app', './src/routes', './src/features', './src/components', './src/stores'] },
            { target: './src/stores', from: ['./src/app', './src/routes', './src/features', './src/components'] },
            { target: './src/components', from: ['./src/app', './src/routes', './src/features', './src/stores'], message: 'Components take props and emit events; they do not read the store.' },
            { target: './src/features', from: ['./src/app', './src/routes'] },
            { target: './src/routes', from: ['./src/app'] },
            ...features.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: 'Features do not import each other; compose them in a route.',
            })),
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['localStorage', 'sessionStorage', 'indexedDB'].map((name) => ({ name, message: 'Use the storage adapter in src/lib/storage.ts.' })),
      ],
      'no-restricted-properties': [
        'error',
        ...['window', 'globalThis', 'self'].flatMap((object) =>
          ['localStorage', 'sessionStorage', 'indexedDB'].map((property) => ({ object, property, message: 'Use the storage adapter in src/lib/storage.ts.' })),
        ),
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Content is plain text: render it as text.' },
      ],
    },
  },
  {
    // Pinyin is written into the content at build time (scripts/pinyin.ts): its library and
    // dictionary never go to the browser.
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [PINYIN_LIBRARY] }] },
  },
  {
    files: ['src/domain/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...['react', 'react-dom', 'zustand', 'react-router', 'react-router-dom'].map((name) => ({ name, message: 'src/domain is pure TypeScript.' })),
            PINYIN_LIBRARY,
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Time is a parameter: take `now`.' },
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'Time is a parameter: take `now` (Date.now as a value too).' },
        { selector: "MemberExpression[object.name='performance'][property.name='now']", message: 'Time is a parameter: take `now`.' },
        { selector: "MemberExpression[property.name='getTimezoneOffset']", message: 'The offset is a parameter: take `offsetMinutes`.' },
      ],
    },
  },
  {
    files: ['tests/**', 'scripts/**', 'bench/**', '**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-globals': 'off', 'no-restricted-properties': 'off' },
  },
  {
    // The adapter itself is the one place that reaches the browser's storage.
    files: ['src/lib/storage.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
