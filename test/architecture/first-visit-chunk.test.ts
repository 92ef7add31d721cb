import { expect, test } from 'vitest';
import { firstVisitGroup, pageGroups } from '../../scripts/first-visit-chunk';

// A small module graph: the web entry imports a shell and React; the shell imports the store;
// a start-up module imports a button; a lazy page (never imported statically) imports the store.
const graph: Record<string, string[]> = {
  '/main.tsx': ['/shell.tsx', '/react.js'],
  '/shell.tsx': ['/store.ts'],
  '/store.ts': [],
  '/react.js': [],
  '/notice.tsx': ['/button.tsx'],
  '/button.tsx': ['/store.ts'],
  '/lazy-page.tsx': ['/store.ts', '/chart.tsx'],
  '/chart.tsx': [],
  '/lms-main.tsx': ['/react.js'],
};
const ctx = { getModuleInfo: (id: string) => (graph[id] ? { importedIds: graph[id] } : null) };

test('the group holds what the entry and the start-up modules import statically, and nothing lazy', () => {
  const group = firstVisitGroup({ entry: '/main.tsx', startup: ['/notice.tsx'] }, 'app');
  const chunkOf = (id: string) => group.name(id, ctx);
  expect(['/shell.tsx', '/store.ts', '/react.js', '/notice.tsx', '/button.tsx'].map(chunkOf)).toEqual(Array(5).fill('app'));
  expect(['/lazy-page.tsx', '/chart.tsx', '/lms-main.tsx'].map(chunkOf)).toEqual([null, null, null]);
});

test('the web entry itself stays out, so the LMS page, which shares the chunk, never runs it', () => {
  const group = firstVisitGroup({ entry: '/main.tsx', startup: [] }, 'app');
  expect(group.name('/main.tsx', ctx)).toBeNull();
});

// Pages loaded on demand: two quiz pages share a feature and scoring; the assignment page scores
// too; a lesson shares a constants module with the quiz; a bank is content.
const pages: Record<string, string[]> = {
  ...graph,
  '/quiz.tsx': ['/quiz-feature.tsx', '/content-types.ts', '/bank.ts'],
  '/check.tsx': ['/quiz-feature.tsx', '/scoring.ts'],
  '/quiz-feature.tsx': ['/scoring.ts', '/store.ts'],
  '/scoring.ts': ['/content-types.ts'],
  '/assignment.tsx': ['/scoring.ts', '/receipt.ts'],
  '/receipt.ts': [],
  '/lesson.tsx': ['/content-types.ts'],
  '/content-types.ts': [],
  '/bank.ts': [],
};
const pagesCtx = { getModuleInfo: (id: string) => (pages[id] ? { importedIds: pages[id] } : null) };
const groups = pageGroups({
  groups: [
    { name: 'scoring', roots: ['/scoring.ts'] },
    { name: 'quiz', roots: ['/quiz.tsx', '/check.tsx'] },
    { name: 'assignment', roots: ['/assignment.tsx'] },
  ],
  taken: { name: 'app', roots: ['/main.tsx'] },
  keepApart: (id) => id === '/bank.ts' || id === '/content-types.ts' || id === '/lesson.tsx',
});
const pageChunk = (id: string) => groups.name(id, pagesCtx);

test('pages loaded together share one chunk; a module goes to the first group that reaches it', () => {
  expect(['/quiz.tsx', '/check.tsx', '/quiz-feature.tsx'].map(pageChunk)).toEqual(['quiz', 'quiz', 'quiz']);
  expect(pageChunk('/scoring.ts')).toBe('scoring');
  expect(['/assignment.tsx', '/receipt.ts'].map(pageChunk)).toEqual(['assignment', 'assignment']);
});

test('the first visit keeps its modules; content and what a lesson needs stay in chunks of their own', () => {
  expect(pageChunk('/store.ts')).toBeNull(); // already in the first visit's chunk
  expect(pageChunk('/bank.ts')).toBeNull();
  expect(pageChunk('/content-types.ts')).toBeNull(); // a lesson must not download the quiz
  expect(pageChunk('/lesson.tsx')).toBeNull();
});
