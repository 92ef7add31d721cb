/**
 * Lets the bundler drop the parts of react-router the course does not use. react-router ships one
 * large module (its development build: the package exports no other to browsers), and a handful of
 * its top-level statements look like side effects to a bundler: labels for React DevTools
 * (`Link.displayName = "Link"`), a global naming its version for browser extensions, contexts and
 * components made by calls (`React.createContext(…)`, `React.forwardRef(…)`), and a class field set
 * after its class. Each one keeps what it names, and what that names, so importing `matchPath`
 * alone pulled in 11.8 KB gzip of it, nearly all of react-router (ADR 0027). This rewrite:
 *
 * - drops the DevTools labels and the version global (nothing in the course or the browser reads them);
 * - marks the calls that make a context or a component as pure, as React's own build marks its;
 * - moves `contextType` into its class as a static field, which changes nothing when it runs.
 *
 * Every line stays on its line (a dropped statement leaves its lines empty, `contextType` joins the
 * class's first line), so the build's source maps still point at react-router's own lines.
 *
 * What stays does exactly what it did. If react-router's build changes shape and a rewrite no longer
 * applies, the build fails here with the reason rather than quietly shipping 10 KB more (and CI's
 * size check would catch it too).
 */
import type { Plugin } from 'vite';

/** react-router's own modules in its package (not its dependencies, not type files). */
const REACT_ROUTER_MODULE = /\/node_modules\/react-router\/dist\/(development|production)\/[^/]+\.mjs$/;

/** `Link.displayName = "Link";` on a line of its own. */
const DEVTOOLS_LABEL = /^[A-Za-z_$][\w$]*\.displayName = "[^"\n]*";\n/gm;
/** `try { if (isBrowser) { window.__reactRouterVersion = "7.x"; } } catch (e) { }`, as esbuild prints it. */
const VERSION_GLOBAL =
  /^try \{\n\s*if \([\w$]+\) \{\n\s*window\.__reactRouterVersion =[^\n]*\n[^\n]*;\n\s*\}\n\} catch \([\w$]+\) \{\n\}\n/m;
/** `var X = React3.createContext(` and the like, at the start of a declaration. */
const MAKER_CALL = /(= )(React\d*\.(?:createContext|forwardRef|memo)\()/g;
/** `RenderErrorBoundary.contextType = RSCRouterContext;` on a line of its own. */
const CONTEXT_TYPE = /^([A-Za-z_$][\w$]*)\.contextType = ([A-Za-z_$][\w$]*);\n/gm;

/** What is left that would keep unused code: any of these in the rewritten text means the rewrite missed one. */
const LEFT_OVER = [/^[\w$]+\.displayName = /m, /__reactRouterVersion/, /^[\w$]+\.contextType = /m];

/** As many empty lines as `text` spans, so what follows keeps its line numbers. */
const emptyLines = (text: string) => '\n'.repeat(text.split('\n').length - 1);

/**
 * The rewritten text of one of react-router's modules. Throws, naming the module, when a statement
 * that would keep unused code is still there afterwards.
 */
export function shakeableReactRouter(code: string, id: string): string {
  let out = code.replace(DEVTOOLS_LABEL, '\n').replace(VERSION_GLOBAL, emptyLines).replace(MAKER_CALL, '$1/* @__PURE__ */ $2');
  for (const [statement, owner = '', context = ''] of code.matchAll(CONTEXT_TYPE)) {
    const declaration = new RegExp(`^(var ${owner.replace(/\$/g, '\\$')} = class extends React\\d*\\.Component \\{)\n`, 'm');
    if (!declaration.test(out)) continue;
    out = out.replace(statement, '\n').replace(declaration, `$1 static contextType = ${context};\n`);
  }
  const missed = LEFT_OVER.find((pattern) => pattern.test(out));
  if (missed) {
    throw new Error(
      `${id}: react-router's build has changed shape, so scripts/react-router-shaking.ts no longer makes it tree-shakeable (still there: ${missed}). Update the rewrite for this version.`,
    );
  }
  return out;
}

/** The Vite plugin: applies shakeableReactRouter to react-router's modules in a build. */
export function reactRouterShaking(): Plugin {
  return {
    name: 'react-router-shaking',
    apply: 'build',
    transform(code, id) {
      if (!REACT_ROUTER_MODULE.test(id.split('?')[0] ?? '')) return null;
      // No map of its own: every line keeps its number, so the bundler's map stays line-true (a
      // column moves only where a pure mark went in).
      return { code: shakeableReactRouter(code, id), map: null };
    },
  };
}
