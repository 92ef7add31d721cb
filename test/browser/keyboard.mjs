// Keyboard-only driving for browser tests: Tab, Shift+Tab, Enter, Space and arrow keys, with a
// check after every key that focus is visible and not lost to <body>.
import assert from 'node:assert/strict';

/**
 * Where focus is and whether it shows: a 2px+ outline (or a box shadow) on the focused element
 * or, for inputs styled through their label, on one of its two nearest ancestors.
 */
export function focusState(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const label = el?.labels?.[0]?.textContent;
    const name = (el?.getAttribute('aria-label') || label || el?.textContent || el?.tagName || '').trim().replace(/\s+/g, ' ');
    const shows = (node) => {
      const s = getComputedStyle(node);
      return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
    };
    const candidates = [el, el?.parentElement, el?.parentElement?.parentElement].filter(Boolean);
    // WCAG 2.4.11: the focused element is on screen and not hidden under other content.
    const box = el?.getBoundingClientRect();
    const top = box ? document.elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height / 2, 10)) : null;
    const isObscured = Boolean(el && el !== document.body && box && (!top || !(top === el || el.contains(top) || top.contains(el))));
    return {
      tag: el?.tagName.toLowerCase() ?? 'none',
      type: el?.getAttribute('type') ?? '',
      name: name.slice(0, 80),
      isLost: !el || el === document.body,
      isVisible: candidates.some(shows),
      isObscured,
    };
  });
}

/** Asserts focus is on an element (not <body>) and visibly marked. */
export async function assertFocusVisible(page, step) {
  const state = await focusState(page);
  assert.equal(state.isLost, false, `focus was lost to <body> after ${step}`);
  assert.equal(state.isVisible, true, `no visible focus indicator on <${state.tag}> "${state.name}" after ${step}`);
  assert.equal(state.isObscured, false, `<${state.tag}> "${state.name}" is focused but covered or off screen after ${step}`);
  return state;
}

/**
 * Presses a key and checks focus once the page has settled: a key that opens another page may
 * leave focus on <body> while that page's chunk loads, until the page moves it to its heading.
 */
export async function press(page, key, step = key) {
  await page.keyboard.press(key);
  await page
    .waitForFunction(() => document.activeElement && document.activeElement !== document.body, null, { timeout: 10_000 })
    .catch(() => {});
  return assertFocusVisible(page, `${step} (${key})`);
}

/**
 * Tabs forward until the focused element matches `target` (a RegExp for its name, or a test of
 * its focus state), checking focus at every stop. Fails if not reached within `limit` presses.
 */
export async function tabTo(page, target, limit = 80) {
  const matches = typeof target === 'function' ? target : (state) => target.test(state.name);
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const state = await focusState(page);
    if (state.isLost) continue; // Tab from the last element wraps through the browser chrome.
    assert.equal(state.isVisible, true, `no visible focus indicator on <${state.tag}> "${state.name}" while tabbing to ${target}`);
    assert.equal(state.isObscured, false, `<${state.tag}> "${state.name}" is focused but covered or off screen while tabbing to ${target}`);
    if (matches(state)) return state;
  }
  throw new Error(`Could not reach ${target} with Tab in ${limit} presses.`);
}
