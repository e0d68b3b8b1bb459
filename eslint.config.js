import js from '@eslint/js'
import importX from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const layers = ['domain', 'api', 'mocks', 'state', 'ui', 'charts', 'pathway', 'views', 'app']
const others = (...allowed) => layers.filter((l) => !allowed.includes(l)).map((l) => `./src/${l}`)

/** The one-way data flow as lint errors: each layer lists what it may import. */
const zones = [
  { target: './src/domain', from: others('domain'), message: 'domain is pure: no app code.' },
  { target: './src/api', from: others('domain', 'api'), message: 'api depends on domain only.' },
  { target: './src/state', from: others('domain', 'state'), message: 'state depends on domain only.' },
  { target: './src/ui', from: others('domain', 'ui'), message: 'ui primitives take props; they never fetch or read the store.' },
  { target: './src/charts', from: others('domain', 'ui', 'charts'), message: 'charts draw plain typed props: no api, no state.' },
  { target: './src/pathway', from: others('domain', 'ui', 'pathway'), message: 'pathway draws plain typed props: no api, no state.' },
  { target: './src/views', from: ['./src/app', './src/mocks'], message: 'views compose api, state, charts and pathway.' },
  { target: './src/app', from: ['./src/mocks'], message: 'MSW is never on the production path (only main.tsx loads it, in dev).' },
]

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'dev-public', 'bench/out', 'mock-data/schema'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    settings: { 'import-x/resolver': { typescript: true, node: true } },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': ['error', { maxDepth: 10 }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Labels are text: never inject HTML.' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Tests may use MSW to inject faults; the boundaries otherwise hold for them too.
    files: ['**/*.test.{ts,tsx}', 'src/test/**'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: zones.map((z) => ({ ...z, from: z.from.filter((f) => f !== './src/mocks') })).filter((z) => z.from.length) }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['react', 'react-*', 'recharts', 'zustand', '@tanstack/*'], message: 'domain is pure TypeScript.' }] }] },
  },
)
