// ESLint: the recommended JavaScript and type-aware TypeScript rules, and the Astro plugin for
// .astro files. Style is Prettier's job (.prettierrc.json), not ESLint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'tests/.output/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  ...astro.configs.recommended,
  // Scripts and tests read YAML, JSON and front matter that has no static type, on purpose
  // (checking it is their job): the rules against `any` would only add casts there.
  {
    files: ['scripts/**', 'tests/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  // Plain JavaScript files (configs, scripts) and .astro templates get the untyped rules only.
  { files: ['**/*.{js,mjs,cjs}', '**/*.astro'], ...tseslint.configs.disableTypeChecked },
);
