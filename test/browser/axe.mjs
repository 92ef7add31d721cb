// axe-core in real Chromium (contrast included, unlike jsdom), with the WCAG 2.2 A/AA rule tags,
// run on the page as it is now in both color schemes.
import { AxeBuilder } from '@axe-core/playwright';

/** The rule sets issue #8 asks for: WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One readable line per violation and node, so a failure says what to fix and where. */
function describe(violations, label) {
  return violations.flatMap((v) =>
    v.nodes
      .slice(0, 5)
      .map(
        (n) =>
          `${label}: ${v.id} (${v.impact}) ${v.help} at ${n.target.join(' ')} :: ${(n.failureSummary ?? '').split('\n').slice(1, 3).join(' ')}`,
      ),
  );
}

/**
 * Runs axe on the page in light and then dark mode (the theme follows prefers-color-scheme, so
 * no reload is needed) and returns every violation as text; an empty list means none. Leaves the
 * page in light mode.
 */
export async function axeBothThemes(page, label) {
  const found = [];
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    // Let the theme's colors apply (transitions are short, but a frame must pass).
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    found.push(...describe(violations, `${label} [${colorScheme}]`));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}
