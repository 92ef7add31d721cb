/**
 * WCAG 2.2 contrast for a host's accent colour. The accent fills the header and buttons, with
 * text on it, and edges cards, on both themes' backgrounds. So a colour is accepted for a theme
 * only when text on it reaches AA for normal text (4.5:1) and it stands out from that theme's
 * page and card backgrounds as a UI component must (3:1, success criterion 1.4.11).
 */

/** A theme of the course. */
export type Theme = 'light' | 'dark';

/**
 * The backgrounds the accent sits on, per theme. ⚠ Mirrors `--bg` and `--surface` in
 * src/styles/tokens.css; test/domain/settings/contrast.test.ts fails if they drift apart.
 */
export const THEME_BACKGROUNDS: Record<Theme, { background: string; surface: string }> = {
  light: { background: '#f6f4ef', surface: '#ffffff' },
  dark: { background: '#121715', surface: '#1a211f' },
};

/** Text colours the course may put on the accent (the two `--accent-text` of global.css); the better one is used. */
export const ON_ACCENT_TEXT = ['#ffffff', '#0c1a15'] as const;

/** AA for normal text. */
export const TEXT_MINIMUM = 4.5;
/** AA for user-interface components against what is next to them. */
export const EDGE_MINIMUM = 3;

/** `#rgb` or `#rrggbb`, any case. */
const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** The colour as lowercase `#rrggbb`, or null when it is not a hex colour. */
export function normalizeHex(value: string): string | null {
  if (!HEX.test(value)) return null;
  const hex = value.slice(1).toLowerCase();
  return `#${hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex}`;
}

/** WCAG relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** A ratio for people to read, rounded down so 4.49 never shows as 4.5. */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}

/** How an accent colour fares in one theme. */
export interface AccentJudgement {
  /** The colour's text colour: whichever of ON_ACCENT_TEXT contrasts more. */
  text: string;
  /** Contrast of that text on the accent. */
  textRatio: number;
  /** The lower of the accent's contrast with the theme's page and card backgrounds. */
  edgeRatio: number;
  /** Why the colour is refused for this theme, or null when it passes. */
  problem: string | null;
}

/** Judges a `#rrggbb` accent for one theme. */
export function judgeAccent(color: string, theme: Theme): AccentJudgement {
  const [text, textRatio] = ON_ACCENT_TEXT.map((t) => [t, contrastRatio(color, t)] as const).reduce((best, next) =>
    next[1] > best[1] ? next : best,
  );
  const { background, surface } = THEME_BACKGROUNDS[theme];
  const edgeRatio = Math.min(contrastRatio(color, background), contrastRatio(color, surface));
  const faults = [
    ...(textRatio < TEXT_MINIMUM ? [`text on it reaches only ${formatRatio(textRatio)} (needs ${TEXT_MINIMUM}:1)`] : []),
    ...(edgeRatio < EDGE_MINIMUM
      ? [`it stands out from the ${theme} theme's background by only ${formatRatio(edgeRatio)} (needs ${EDGE_MINIMUM}:1)`]
      : []),
  ];
  return { text, textRatio, edgeRatio, problem: faults.length > 0 ? faults.join(', and ') : null };
}
