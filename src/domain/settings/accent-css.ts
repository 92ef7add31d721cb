/**
 * The CSS rules that put a host's accepted accent colours in place of the course's own. Only
 * colours that passed the contrast check reach here, as `#rrggbb`, so nothing else can be
 * written into a rule.
 */
import { judgeAccent, normalizeHex } from './contrast';
import type { AccentColors } from './settings-types';

/** The media each theme's colours apply in; matches how src/styles/global.css picks its theme. */
const MEDIA = { light: 'not all and (prefers-color-scheme: dark)', dark: '(prefers-color-scheme: dark)' } as const;

/** One rule per theme with a colour: `--accent` and the better `--accent-text` for it. */
export function accentRules(colors: AccentColors): string[] {
  return (['light', 'dark'] as const).flatMap((theme) => {
    const hex = colors[theme] === undefined ? null : normalizeHex(colors[theme]);
    if (hex === null) return [];
    const { text } = judgeAccent(hex, theme);
    return [`@media ${MEDIA[theme]} { :root { --accent: ${hex}; --accent-text: ${text}; } }`];
  });
}
