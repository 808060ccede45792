import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
import tseslint from 'typescript-eslint'

/**
 * The app's layers, top first. A layer may import the ones below it, never one above (an
 * import that runs back up is an error), and no files may import each other in a circle.
 * The window shell stands apart: only the app uses it, and it uses only `src/lib`.
 * A new feature folder takes its place in this list (see the README's "Layers").
 */
const LAYERS = [
  'src/app',
  'src/features/doctor',
  'src/features/gallery',
  'src/features/storyboard',
  'src/features/composer',
  'src/features/tasks',
  'src/features/settings',
  'src/features/library',
  'src/features/models',
  'src/profiles',
  'src/api',
  'src/lib',
]
const SHELL = 'src/features/windows'

const zones = [
  ...LAYERS.slice(1).map((target, i) => ({
    target,
    from: LAYERS.slice(0, i + 1),
    message: `${target} may import only the layers below it (see LAYERS in eslint.config.js).`,
  })),
  {
    target: SHELL,
    from: LAYERS.filter((l) => l !== 'src/lib'),
    message: 'The window shell knows nothing of what windows hold: it imports only src/lib.',
  },
  {
    target: LAYERS.filter((l) => l !== 'src/app'),
    from: SHELL,
    message: 'Only src/app composes the window shell.',
  },
]

export default tseslint.config(
  {
    ignores: ['dist', 'dist-profile', 'node_modules', 'test-results', 'playwright-report'],
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver()],
      // Without these, import-x reads only .js files when it follows imports for cycles.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': 'error',
    },
  },
  {
    // Hooks live in .ts files too (useNow, useTaskQuery, useVirtualRows…): the hooks rules read them.
    files: ['src/**/*.{ts,tsx}', 'tests/component/**/*.tsx'],
    extends: [reactHooks.configs.flat['recommended-latest']],
  },
  {
    files: ['src/**/*.tsx', 'tests/component/**/*.tsx'],
    extends: [jsxA11y.flatConfigs.recommended],
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      // vitest's expect/mocks are typed loosely; tests may await thenables freely
      '@typescript-eslint/unbound-method': 'off',
    },
  },
)
