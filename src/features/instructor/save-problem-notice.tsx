import { useRoster, type SaveProblem } from '../../store/roster-store';
import { ExportRosterButton } from './export-roster-button';

const WHY: Record<SaveProblem['reason'], string> = {
  full: 'this browser’s storage for this site is full',
  blocked:
    'this browser does not let this site store data here (shared-computer mode, private browsing, or a setting that blocks site data)',
  failed: 'the browser refused the write',
};

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Says that part of the roster could not be saved, what is at risk, and offers the roster export. */
export function SaveProblemNotice() {
  const saveProblem = useRoster((s) => s.saveProblem);
  if (!saveProblem) return null;
  const { reason, unsavedReceipts, unsavedAssignments } = saveProblem;
  const held = [
    unsavedReceipts > 0 ? count(unsavedReceipts, 'receipt', 'receipts') : '',
    unsavedAssignments > 0 ? count(unsavedAssignments, 'assignment', 'assignments') : '',
  ].filter(Boolean);
  return (
    <div className="notice error" role="alert">
      <h3>The roster could not be saved in this browser</h3>
      <p>
        Saving failed because {WHY[reason]}.{' '}
        {held.length > 0
          ? `${held.join(' and ')} ${unsavedReceipts + unsavedAssignments === 1 ? 'is' : 'are'} held only on this page and will be lost when you close it.`
          : 'Changes from now on may not be kept.'}
      </p>
      <p>
        Download a roster export now: it holds every receipt and every assignment you created, including the ones not saved. Import it here
        once space is free, or in another browser.
      </p>
      <ExportRosterButton />
    </div>
  );
}
