import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * Apps depend on packages, never the reverse; packages/domain stays framework-free. The Nx
 * project tags (type:*, scope:*) say which is which.
 */
export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/dist', '**/node_modules', '**/.data', '**/*.js', '**/*.mjs', '**/*.cjs', '**/vite.config.mts'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:package'] },
            { sourceTag: 'type:package', onlyDependOnLibsWithTags: ['type:package'] },
            {
              sourceTag: 'scope:domain',
              onlyDependOnLibsWithTags: [],
              bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', '@electric-sql/*', 'yjs', 'y-*', 'react', 'react-*', '@tiptap/*', 'express', 'socket.io*', 'zod'],
            },
            {
              sourceTag: 'scope:treaty-schema',
              onlyDependOnLibsWithTags: ['scope:domain'],
              bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', '@electric-sql/*', 'react', 'react-*', 'express', 'socket.io*'],
            },
            {
              // Files out and in: framework-free, from the read model and to the document model.
              sourceTag: 'scope:akoma-ntoso',
              onlyDependOnLibsWithTags: ['scope:domain', 'scope:treaty-schema'],
              bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', '@electric-sql/*', 'react', 'react-*', 'express', 'socket.io*'],
            },
            {
              sourceTag: 'scope:office-documents',
              onlyDependOnLibsWithTags: ['scope:domain', 'scope:treaty-schema'],
              bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', '@electric-sql/*', 'react', 'react-*', 'express', 'socket.io*'],
            },
            {
              sourceTag: 'scope:contracts',
              onlyDependOnLibsWithTags: ['scope:domain'],
              bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', '@electric-sql/*', 'react', 'react-*', 'express'],
            },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // Tests read arbitrary JSON answers; typing every one would only restate the assertions.
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
];
