/**
 * One chunk for everything the web entry imports statically (React, the router, the store, the
 * shell and home). Left to itself, rolldown split that code into a dozen small files: modules the
 * LMS entry or a lazy page also uses each got a chunk of their own. One file is about 5 KB gzip
 * smaller on a first visit (one gzip dictionary, no imports and exports between chunks) and one
 * request instead of twelve. Lazy pages, lessons and banks keep their own chunks.
 * docs/decisions/0016-first-visit-chunk.md.
 */

/** What rolldown's chunking passes to a group's name function (the parts used here). */
interface ChunkingContext {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

export type { ChunkingContext };

/** The modules `roots` reach through static imports, themselves included. */
export function staticClosure(roots: readonly string[], ctx: ChunkingContext): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(ctx.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

/**
 * A `codeSplitting` group that puts into the chunk `name` everything `entry` imports statically
 * (not the entry itself), and the modules in `startup` (which it imports lazily, but always at
 * start-up) with their static imports. Ids are absolute.
 *
 * ⚠ The entry stays in a chunk of its own: the LMS entry imports from this chunk too, and a web
 * entry's top-level code (rendering, the service worker) must never run on the LMS page. The web
 * entry therefore only calls `startCourse` (src/app/start-course.tsx), which lives in this chunk
 * and which the LMS page never calls: its entry chunk is a few bytes.
 *
 * Rolldown's own runtime (its helpers for CommonJS and lazy imports) stays a small chunk of its
 * own: rolldown places it before any group is asked (rolldown PR #9419) and never merges it into
 * a group's chunk.
 */
export function firstVisitGroup({ entry, startup }: { entry: string; startup: readonly string[] }, name: string) {
  let firstVisit: Set<string> | undefined;
  return {
    name(id: string, ctx: ChunkingContext): string | null {
      if (!firstVisit) {
        firstVisit = staticClosure([entry, ...startup], ctx);
        firstVisit.delete(entry);
      }
      return firstVisit.has(id) ? name : null;
    },
  };
}

/** One chunk for the modules a few pages always load together. */
export interface PageGroup {
  /** The chunk's name. */
  name: string;
  /** Absolute ids of the modules whose static imports make up the chunk. */
  roots: readonly string[];
}

/**
 * `codeSplitting` groups that gather the modules pages load together into one chunk each, so a
 * page someone arrives at fetches a few files instead of fifteen (docs/decisions/0023-page-chunks.md).
 * Each group takes what its roots import statically, except what an earlier group (the first
 * visit's chunk, `taken`) already holds and what `keepApart` reaches: modules a lighter page
 * needs too (a lesson must not download the quiz), and content (banks, lessons), which stays one
 * chunk per file.
 */
export function pageGroups({
  groups,
  taken,
  keepApart,
}: {
  groups: readonly PageGroup[];
  taken: PageGroup;
  keepApart: (id: string, ctx: ChunkingContext) => boolean;
}) {
  let owner: Map<string, string> | undefined;
  return {
    name(id: string, ctx: ChunkingContext): string | null {
      if (!owner) {
        owner = new Map();
        const held = staticClosure(taken.roots, ctx);
        for (const group of groups) {
          for (const module of staticClosure(group.roots, ctx)) {
            if (held.has(module) || keepApart(module, ctx)) continue;
            held.add(module);
            owner.set(module, group.name);
          }
        }
      }
      return owner.get(id) ?? null;
    },
  };
}
