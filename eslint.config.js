import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['node_modules/', '.wrangler/', 'src/env.d.ts', 'coverage/', 'bench/results/', 'test/corpus/', 'test/corpus-holdout/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'off',
      'no-control-regex': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['scripts/**/*.{mjs,ts}', 'bench/**/*.{mjs,ts}', 'src/cli/**/*.mjs', 'test-cli/**/*.{mjs,ts}', 'test-browser/**/*.mjs', 'eslint.config.js', 'drizzle.config.ts'],
    languageOptions: { globals: globals.node },
  },
)
