/**
 * Route hints: a few lines of script in index.html that read the address's hash and start
 * fetching the page it names (its route chunk and their imports, and the lesson or bank it shows
 * first) beside the first-visit scripts, as `<link rel="modulepreload">`. Without them a deep link
 * (an instructor's link, a bookmark, a returning learner's "Continue") waits for the 95 KB
 * first-visit chunk to arrive and run before asking for its page: one more round trip on a slow
 * connection before anything the learner came for is on screen. A learner with saved progress
 * also gets its reader (read-saved.ts), which start-up needs before the first render.
 *
 * The table of pages is src/app/page-routes.ts, which the router reads too; every chunk name
 * comes from the build itself. The script is inline (no round trip of its own) and the page's
 * Content-Security-Policy allows it by its hash (scripts/content-security-policy.ts).
 * docs/decisions/0020-route-hints.md.
 */
import type { Plugin } from 'vite';
import { course } from '../content/course';
import { PAGE_ROUTES, pathPattern, type PageRoute } from '../src/app/page-routes';
import { PROGRESS_KEY } from '../src/store/progress-key';

/** The parts of an output chunk used here. */
interface ChunkLike {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  moduleIds: readonly string[];
  imports: readonly string[];
}
type BundleLike = Record<string, ChunkLike | { type: 'asset' }>;

/** The module that reads saved progress at start-up when there is any (progress-storage.ts). */
const SAVED_READER = 'src/store/read-saved.ts';

/** What the hint script needs: file names, and per page its pattern, files and content by slug. */
export interface HintTable {
  files: string[];
  /** Quiz ids (module ids, then `review`), the order of each page's `content`. */
  quizzes: string[];
  /** Per page: its path pattern, its files, and per quiz (in `quizzes` order) its content's files. */
  pages: { pattern: string; files: number[]; content: number[][]; slug?: string; returning?: number[] }[];
  saved: number[];
}

/** Builds the table from the bundle. Throws when a page or content file named in page-routes.ts has no chunk. */
export function hintTable(bundle: BundleLike, root: string, routes: Record<string, PageRoute> = PAGE_ROUTES): HintTable {
  const chunks = Object.values(bundle).filter((c): c is ChunkLike => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const abs = (file: string) => `${root.replace(/\/?$/, '/')}${file}`.replaceAll('\\', '/');
  const chunkOf = (file: string) =>
    chunks.find((c) => c.facadeModuleId === abs(file)) ?? chunks.find((c) => c.moduleIds.includes(abs(file)));
  // What index.html already loads: the web entry and everything it imports.
  const onPage = new Set<string>();
  const closure = (start: ChunkLike, into: Set<string>) => {
    for (let queue = [start.fileName], file = queue.pop(); file !== undefined; file = queue.pop()) {
      if (into.has(file) || (into !== onPage && onPage.has(file))) continue;
      into.add(file);
      queue.push(...(byFile.get(file)?.imports ?? []));
    }
    return into;
  };
  const entry = chunkOf('src/main.tsx');
  if (!entry) throw new Error('route hints: the build has no chunk for the web entry src/main.tsx.');
  closure(entry, onPage);

  const files: string[] = [];
  const indexOf = (file: string) => (files.includes(file) ? files.indexOf(file) : files.push(file) - 1);
  const need = (file: string) => {
    const chunk = chunkOf(file);
    if (!chunk) throw new Error(`route hints: src/app/page-routes.ts names ${file}, which is in no chunk of the build.`);
    return [...closure(chunk, new Set())].map(indexOf);
  };
  const quizzes = [...course.modules, course.review];
  const pages = Object.values(routes)
    .filter((route) => route.arrival)
    .map((route) => {
      const content = quizzes.map((quiz) =>
        route.content && (route.slug ? quiz.id === route.slug : quiz.id !== 'review')
          ? need(`content/${quiz.folder}/${route.content}`)
          : [],
      );
      const returning = route.returning ? need(route.returning) : [];
      return {
        pattern: pathPattern(route.path),
        files: need(route.module),
        content,
        ...(route.slug ? { slug: route.slug } : {}),
        ...(returning.length > 0 ? { returning } : {}),
      };
    });
  return { files, quizzes: quizzes.map((q) => q.id), pages, saved: need(SAVED_READER) };
}

/**
 * The inline script. It only adds preload links: a wrong guess costs bytes, never behaviour, and
 * any error (blocked storage, a strange address) is swallowed, so the course starts as before.
 * Each file is linked once, however many lists name it (a page's files, its content, the saved
 * progress reader, what a returning learner sees first often share chunks).
 */
export function hintScript({ files, quizzes, pages, saved }: HintTable): string {
  const names = files.map((f) => f.replace(/^assets\//, '').replace(/\.js$/, ''));
  const table = pages.map((p) => [p.pattern, p.files, p.content, p.slug ?? '', p.returning ?? []]);
  return (
    `(function(){try{var F=${JSON.stringify(names)},Q=${JSON.stringify(quizzes)},P=${JSON.stringify(table)},S=${JSON.stringify(saved)},` +
    `h=document.head,d={},a=function(i){if(d[i])return;d[i]=1;var l=document.createElement("link");l.rel="modulepreload";l.href="./assets/"+F[i]+".js";h.appendChild(l)},` +
    `p=location.hash.slice(1).split(/[?#]/)[0]||"/",r=[];` +
    `for(var i=0;i<P.length;i++){var m=new RegExp(P[i][0],"i").exec(p);if(!m)continue;P[i][1].forEach(a);r=P[i][4];` +
    `var c=P[i][2][Q.indexOf(P[i][3]||decodeURIComponent(m[1]||""))];if(c)c.forEach(a);break}` +
    `if(localStorage.getItem(${JSON.stringify(PROGRESS_KEY)})!==null){S.forEach(a);r.forEach(a)}}catch(e){}})()`
  );
}

/** The plugin: puts the script into index.html (not the LMS page, which opens no deep links), after the entry's own preloads and before the stylesheet. */
export function routeHints(): Plugin {
  let root = '';
  return {
    name: 'route-hints',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { filename, bundle }) {
        if (!filename.endsWith('/index.html') && filename !== 'index.html') return html;
        if (!bundle) return html;
        const script = `<script>${hintScript(hintTable(bundle as unknown as BundleLike, root))}</script>\n    `;
        // After the entry and its preloads, so the first-visit chunk (the largest file, which
        // every page waits for) is asked for first; before the stylesheet, since an inline
        // script waits for any stylesheet above it.
        const at = html.indexOf('<link rel="stylesheet"');
        if (at < 0 || at < html.indexOf('<script type="module"'))
          throw new Error(`${filename}: no stylesheet after the entry script to put the route hints before.`);
        return `${html.slice(0, at)}${script}${html.slice(at)}`;
      },
    },
  };
}
