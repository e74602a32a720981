import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const PURE_LIB_FORBIDDEN = {
  patterns: [
    {
      group: [
        '@nestjs/*',
        'typeorm',
        'bullmq',
        'ioredis',
        'pg',
        'express',
        '#keten/platform',
        '#keten/organisaties',
        '#keten/contracten',
        '#keten/inkoop',
        '#keten/toewijzingen',
        '#keten/declaraties',
        '#keten/sturing',
        '#keten/toegang',
        '**/apps/**',
      ],
      message:
        'libs/domain and libs/istandaarden are pure: no Nest, TypeORM, queue, database or app imports (conventions.md 2).',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.keten/**', 'coverage/**', '*.js'] },
  js.configs.recommended,
  { languageOptions: { globals: { ...globals.node } } },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-console': 'off',
    },
  },
  {
    files: ['libs/domain/**/*.ts', 'libs/istandaarden/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', PURE_LIB_FORBIDDEN] },
  },
  {
    // The web app runs in the browser and never imports server code (conventions.md 17); libs/domain's pure code lists are fine.
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', 'typeorm', '#keten/*', '**/apps/api/**', '**/libs/platform/**'],
              message: 'The web app talks to the API only (conventions.md 17).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/worker/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/*.controller.js', '**/apps/api/**'],
              message: 'A worker never imports a controller (conventions.md 1).',
            },
          ],
        },
      ],
    },
  },
);
