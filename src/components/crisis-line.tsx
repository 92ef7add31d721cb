import { courseSettings } from '../config/course-settings';
import { howToReach } from '../domain/settings/crisis-text';
import type { CrisisLine as Line } from '../domain/settings/settings-types';

/** `tel:` needs the digits and a leading + only. */
const dial = (number: string) => `tel:${number.replace(/[^0-9+]/g, '')}`;

/**
 * The crisis-resources line, shown in the footer and on every safety-touching screen: the host's
 * crisis lines (course-settings.json; the US 988 line by default) and its emergency number. Reads
 * as `crisisText` in src/domain/settings/crisis-text.ts, with the numbers as phone links.
 */
export function CrisisLine() {
  const { crisisLines, emergencyNumber } = courseSettings();
  return (
    <p className="crisis-line">
      <strong>Need help now?</strong>{' '}
      {crisisLines.map((line) => (
        <LineSentence key={`${line.label}-${line.number}`} line={line} />
      ))}
      If someone is in immediate danger, call <a href={dial(emergencyNumber)}>{emergencyNumber}</a>.
    </p>
  );
}

/** One line: "In the US, call or text 988." with the number to call as a link. */
function LineSentence({ line }: { line: Line }) {
  // "call or text 988": the first mention of the number is the one to call.
  const words = howToReach(line);
  const at = words.indexOf(line.number);
  const [before, after] = [words.slice(0, at), words.slice(at + line.number.length)];
  return (
    <>
      {line.label}, {before}
      <a href={dial(line.number)}>{line.number}</a>
      {after}
      {line.chat && (
        <>
          , or <a href={line.chat}>chat online</a>
        </>
      )}
      .{' '}
    </>
  );
}
