import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

// Imports flow one way: pages (app/, components/, proxy.ts, scripts/) → records
// (db/<kind>/: a kind's reads, writes, public view, API shape and validation) → core (db/core/:
// connection, schema, transactions, versioning) → shared code (lib/: no database, no pages).
// Where two blocks name the same file, the later one's rule applies: narrower blocks come later.
const PAGES = ['@/app/*', '@/components/*', '@/scripts/*', '@/proxy'];
const SEED = ['@/seed/*'];
const RECORDS = ['@/db/*', '!@/db/core', '!@/db/core/*'];

const boundary = (files, group, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group, message }] }] },
});

export default tseslint.config(
  { ignores: ['.next/**', 'node_modules/**', 'data/**', 'bench/data/**', 'test-results/**', 'next-env.d.ts'] },
  ...nextCoreWebVitals,
  ...nextTypescript,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  boundary(
    ['lib/**'],
    ['@/db/*', ...PAGES, ...SEED],
    'lib/ is shared code below the data layer: it imports neither db/ nor pages.',
  ),
  boundary(['db/**'], [...PAGES, ...SEED], 'The data layer never imports pages or the seed.'),
  boundary(['db/core/**'], [...RECORDS, ...PAGES, ...SEED], 'db/core/ is below the record modules and the pages.'),
  boundary(['components/**'], ['@/app/*', '@/scripts/*'], 'Shared components sit below the pages.'),
  // Tests and their helpers stand above every layer: they set up a database and call any of it.
  { files: ['**/*.test.ts', 'lib/test/**'], rules: { 'no-restricted-imports': 'off' } },
);
