// Lint checks the house rules of design.md section 1 (which room may import which), plus a few
// TypeScript rules that catch real bugs. Style is prettier's job, not this file's.
import { builtinModules } from 'node:module';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

const ROOT = import.meta.dirname;

/** Every room of the repo; a zone forbids imports *from* the rooms listed against it. */
const ROOMS = ['addin', 'bench', 'cli', 'client', 'functions', 'infra', 'shared', 'test'];
const except = (...allowed) => ROOMS.filter((room) => !allowed.includes(room)).map((room) => `./${room}`);

// Zones are checked on resolved file paths, not on the import text: `addin/functions/` is not `functions/`.
const ZONES = [
  {
    target: './shared',
    from: except('shared'),
    message: 'shared/ is pure domain code: it imports nothing of the project.',
  },
  {
    target: './client',
    from: except('client', 'shared'),
    message: 'client/ imports only shared/, so the pane, the formulas and the CLI run the same code.',
  },
  {
    target: './cli',
    from: except('cli', 'client', 'shared'),
    message: 'cli/ builds on client/ and shared/ only.',
  },
  {
    target: './addin',
    from: ['./functions', './infra', './cli', './test', './bench'],
    message: 'addin/ meets the backend only through shared/ contracts and client/.',
  },
  {
    target: './functions',
    from: ['./addin', './client', './cli', './infra', './test', './bench'],
    message: 'functions/ meets the add-in and the clients only through shared/ contracts.',
  },
  {
    target: './infra',
    from: ['./test', './bench'],
    message: 'Product code never depends on tests or benches.',
  },
];

const NODE_BUILTINS = [...builtinModules.filter((name) => !name.startsWith('_')), 'node:*'];

const noNode = (room) => ({
  group: NODE_BUILTINS,
  message: `${room} runs in the browser and Excel too: web-standard APIs only, no Node modules.`,
});
const noAwsSdk = {
  // DynamoDB's packages only: other AWS clients (SQS for roster jobs) may live with their users.
  group: ['@aws-sdk/*-dynamodb', '@aws-sdk/*-dynamodb/*'],
  message: 'Only functions/store/ talks to DynamoDB (and builds its keys); go through the store.',
};

/** `Excel.run` belongs to the workbook adapter; everything else gets the Excel code passed in. */
const NO_EXCEL_RUN = {
  object: 'Excel',
  property: 'run',
  message: 'Only addin/workbook/ calls Excel.run; pass the workbook adapter in instead.',
};

export default defineConfig(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'cdk.out/',
      '.local/',
      '.ci/out/',
      'coverage/',
      '**/*.d.ts',
      '**/*.d.mts',
    ],
  },
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    extends: [tseslint.configs.base],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: ROOT },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: ROOT, zones: ZONES }],
      // A boundary is only as good as the resolver: a project file it cannot follow would pass
      // unseen. Packages are left to tsc (type-only ones such as `aws-lambda` have no file here).
      'import-x/no-unresolved': ['error', { ignore: ['^[^.]', '\\?raw$'] }],
      // A promise nobody awaits loses its error (a failed write reported as success).
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      'no-restricted-imports': ['error', { patterns: [noAwsSdk] }],
      'no-restricted-properties': ['error', NO_EXCEL_RUN],
    },
  },
  {
    // The DynamoDB SDK is for the store, the infrastructure that creates tables, and tests/benches.
    files: ['functions/store/**', 'infra/**', 'test/**', 'bench/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['addin/workbook/**', 'test/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Pure code: zod for the contracts and nothing else from outside.
              regex: '^(?!\\.{1,2}/|zod(/|$))',
              message: 'shared/ is pure: no I/O, no Office, no AWS SDK, no Node; only zod from outside.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['client/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noNode('client/'), noAwsSdk] }] },
  },
  {
    files: ['functions/**', 'shared/**', 'client/**'],
    // Logs go through functions/http/logger.ts, which masks NIKs; the others have no console.
    rules: { 'no-console': 'error' },
  },
);
