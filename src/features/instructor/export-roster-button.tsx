import { useState } from 'react';
import { course } from '../../course/course-data';
import { useRoster } from '../../store/roster-store';
import { saveFile } from '../../components/save-file';

/** Props for ExportRosterButton. */
interface ExportRosterButtonProps {
  /** Extra class names, e.g. "secondary". */
  className?: string;
}

/**
 * Downloads the roster export: every receipt and every assignment this roster created, in one
 * file that rebuilds the whole roster when imported in any browser.
 */
export function ExportRosterButton({ className = '' }: ExportRosterButtonProps) {
  const exportRoster = useRoster((s) => s.exportRoster);
  const [busy, setBusy] = useState(false);
  async function download() {
    setBusy(true);
    const at = new Date().toISOString();
    try {
      saveFile(`roster-export-${at.slice(0, 10)}.jsonl`, await exportRoster(course.id, at), 'application/x-ndjson');
    } finally {
      setBusy(false);
    }
  }
  return (
    <button type="button" className={`button ${className}`.trim()} disabled={busy} onClick={() => void download()}>
      {busy ? 'Preparing the roster export…' : 'Download roster export'}
    </button>
  );
}
