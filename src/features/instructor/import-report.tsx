import type { Refusal } from '../../domain/exchange/receipt-batch';
import { ExportRosterButton } from './export-roster-button';
import type { ImportOutcome } from './run-import';

/** Props for ImportReport. */
interface ImportReportProps {
  /** What the last import did. */
  outcome: ImportOutcome;
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** Refusals grouped by reason, each with a few of the names it applies to. */
function byReason(refused: readonly Refusal[]): { message: string; names: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const r of refused) groups.set(r.message, [...(groups.get(r.message) ?? []), r.name]);
  return [...groups].map(([message, names]) => ({ message, names }));
}

/**
 * Says exactly what the last import did: how many receipts were added, how many were duplicates
 * (the very same receipt), how many were refused and why. A refused receipt is never called a
 * duplicate. Then it prompts a roster export, since browsers delete site data.
 */
export function ImportReport({ outcome }: ImportReportProps) {
  const { added, alreadyInRoster, repeatedInBatch, refused, assignments } = outcome;
  const duplicates = alreadyInRoster + repeatedInBatch;
  const parts = [
    alreadyInRoster > 0 ? `${alreadyInRoster.toLocaleString('en-US')} already in the roster` : '',
    repeatedInBatch > 0 ? `${repeatedInBatch.toLocaleString('en-US')} repeated in this import` : '',
  ].filter(Boolean);
  return (
    <div role="status" className={refused.length > 0 ? 'notice import-report' : 'import-report'}>
      <p>
        {count(added, 'receipt', 'receipts')} added.
        {duplicates > 0 && ` ${count(duplicates, 'duplicate', 'duplicates')} (the very same receipt): ${parts.join(', ')}.`}
        {refused.length > 0 && ` ${refused.length.toLocaleString('en-US')} refused:`}
      </p>
      {refused.length > 0 && (
        <ul>
          {byReason(refused).map(({ message, names }) => (
            <li key={message}>
              {message}{' '}
              <span className="cell-detail">
                {names.length === 1 ? '' : `${names.length.toLocaleString('en-US')}: `}
                {names.slice(0, 5).join(', ')}
                {names.length > 5 && ` and ${(names.length - 5).toLocaleString('en-US')} more`}
              </span>
            </li>
          ))}
        </ul>
      )}
      {assignments > 0 && <p>{count(assignments, 'assignment', 'assignments')} of yours restored from the roster export.</p>}
      {added > 0 && (
        <p>
          Keep a copy: download a roster export now. Browsers can delete this roster (Safari after 7 days without a visit).{' '}
          <ExportRosterButton className="secondary" />
        </p>
      )}
    </div>
  );
}
