import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import prettier from 'eslint-config-prettier'

export default tseslint.config(
  {ignores: ['dist/', 'node_modules/', 'coverage/']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {globals: {process: 'readonly', console: 'readonly', URL: 'readonly'}},
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}]
    }
  },
  {
    // Only src/lib may touch the runner toolkit and Octokit: domain code stays pure and testable.
    files: ['src/**/*.ts'],
    ignores: ['src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {patterns: [{group: ['@actions/*', '@octokit/*'], message: 'Go through src/lib.'}]}
      ]
    }
  },
  prettier
)
