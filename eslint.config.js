// Lint enforces the architecture, not just style: imports flow routes → features → store →
// domain, features never import each other, and src/domain stays pure (style-guide.md).
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const featureNames = [
  'lesson',
  'quiz',
  'progress',
  'instructor',
  'assignment',
  'certificate',
  'lms',
  'offline',
  'settings',
  'safety-review',
];

/** The other features' names, as a regex alternation. */
const others = (name) => featureNames.filter((n) => n !== name).join('|');

/** Each feature may not import from any other feature. */
const featureIsolation = featureNames.map((name) => ({
  files: [`src/features/${name}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            // Both spellings: '../../features/quiz/x' and the sibling shortcut '../quiz/x'.
            regex: `(^|/)features/(${others(name)})(/|$)|^\\.\\./(${others(name)})(/|$)`,
            message: 'Features never import each other: compose them in a route.',
          },
          { group: ['**/routes/**', '**/app/**'], message: 'Features cannot import routes or the app shell.' },
        ],
      },
    ],
  },
}));

/**
 * The domain's concept folders and which other folders each may import (src/domain/README.md).
 * Arrows point one way: content ← scoring ← progress ← exchange / lms; encoding is a leaf that
 * progress, exchange, lms and settings use; review reads content only. A folder may always
 * import its own files.
 */
export const domainLayers = {
  encoding: [],
  content: [],
  scoring: ['content'],
  progress: ['content', 'scoring', 'encoding'],
  exchange: ['content', 'scoring', 'progress', 'encoding'],
  lms: ['content', 'scoring', 'progress', 'encoding'],
  settings: ['encoding'],
  review: ['content'],
};

/** Libraries the pure domain may never import. */
const impureLibraries = ['react', 'react-*', 'react/*', 'zustand', 'zustand/*', 'react-router', 'react-router/*', 'idb', 'idb/*'];

/** One block per concept folder: purity plus its allowed directions. */
const domainBoundaries = Object.entries(domainLayers).map(([folder, allowed]) => ({
  files: [`src/domain/${folder}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: impureLibraries, message: 'src/domain is pure: no React, zustand, router or storage.' },
          {
            regex: allowed.length > 0 ? `^\\.\\./(?!(${allowed.join('|')})/)` : '^\\.\\./',
            message:
              allowed.length > 0
                ? `src/domain/${folder} may import only its own files and ${allowed.map((a) => `domain/${a}`).join(', ')} (see src/domain/README.md).`
                : `src/domain/${folder} imports nothing outside its own folder (see src/domain/README.md).`,
          },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', '.lms/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'fetch'],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pass the clock in: the domain is deterministic.' },
        { object: 'Math', property: 'random', message: 'Pass a seed in: the domain is deterministic.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass the clock in: the domain is deterministic.' },
      ],
    },
  },
  ...domainBoundaries,
  {
    files: ['src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/**', '**/routes/**', '**/app/**', '**/components/**', 'react-router'],
              message: 'The store sits below features and routes.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/features/**', '**/routes/**', '**/app/**', '**/store/**'], message: 'Components are app-agnostic.' }] },
      ],
    },
  },
  {
    files: ['content/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ regex: 'src/(?!domain/)', message: 'Content imports domain types only.' }] },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports' }],
    },
  },
  {
    // One way to link to a page of the course (not in src/domain, whose own syntax rules stay).
    files: ['src/{app,features,routes,components,course}/**/*.{ts,tsx}', 'src/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='react-router'] ImportSpecifier[imported.name=/^(Nav)?Link$/]",
          message: 'Link to a course page with CourseLink (src/components/course-link.tsx): a plain anchor the hash router follows.',
        },
        {
          // Either one keeps react-router's navigate machinery in the first-visit chunk (about 0.3 KB gzip).
          selector: "ImportDeclaration[source.value='react-router'] ImportSpecifier[imported.name=/^use(Navigate|SearchParams)$/]",
          message:
            'Open a course page from code with openCoursePage (src/components/course-link.tsx), and read the query from useCourseAddress().search.',
        },
        {
          // Anything else from react-router brings most of it along (about 12 KB gzip, ADR 0027); its matchPath names the page.
          selector:
            "ImportDeclaration[source.value='react-router'] ImportSpecifier[imported.name!=/^(matchPath|(Nav)?Link|use(Navigate|SearchParams))$/]",
          message:
            "The course runs only react-router's matchPath (src/app/pages.tsx): read a page's params with usePageParams and the address with useCourseAddress (src/components/course-address.tsx, ADR 0027).",
        },
      ],
    },
  },
  ...featureIsolation,
  {
    files: ['scripts/**/*.{js,mjs}', 'test/browser/**/*.{js,mjs}', '*.config.{js,ts}', 'vite.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-console': 'off' },
  },
);
