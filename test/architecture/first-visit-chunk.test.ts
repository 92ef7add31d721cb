import { expect, test } from 'vitest';
import { firstVisitGroup } from '../../scripts/first-visit-chunk';

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
