import { useRef, useState } from 'react';
import { RECEIPT_LIMITS } from '../../domain/exchange/receipt-decode';
import { FileDrop } from '../../components/file-drop';
import type { LazySource } from './run-import';

/** Props for RosterImport. */
interface RosterImportProps {
  /** Called with every file or paste to read. */
  onImport: (sources: LazySource[]) => void;
  /** True while an import runs (the controls wait for it). */
  busy: boolean;
}

/**
 * Largest file read, in bytes. A single receipt is far smaller; this is room for a roster export
 * of many thousands of receipts. A larger file is refused by name in the import report.
 */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

/**
 * Pastes longer than this are held aside instead of going into the box: a browser's text box
 * takes seconds to take in a megabyte, during which the page cannot respond.
 */
const HELD_PASTE_CHARS = 10_000;

/** Files read together: each read of a File costs the browser a few milliseconds however small it is. */
const READ_GROUP = 100;

/**
 * Files as sources the import reads when it reaches them. Small files are read a group at a time
 * as one Blob (one read instead of a hundred) and cut apart by their sizes.
 */
function lazyFiles(files: FileList | File[]): LazySource[] {
  const list = [...files];
  const groups = new Map<number, Promise<Uint8Array>>();
  const decoder = new TextDecoder();
  return list.map((file, i) => ({
    name: file.name,
    read: async () => {
      if (file.size > MAX_FILE_BYTES) return null;
      if (file.size > RECEIPT_LIMITS.chars) return file.text();
      const g = Math.floor(i / READ_GROUP);
      const members = list.slice(g * READ_GROUP, (g + 1) * READ_GROUP).map((f) => (f.size > RECEIPT_LIMITS.chars ? new Blob() : f));
      if (!groups.has(g))
        groups.set(
          g,
          new Blob(members).arrayBuffer().then((b) => new Uint8Array(b)),
        );
      const bytes = await groups.get(g)!;
      const offset = members.slice(0, i - g * READ_GROUP).reduce((sum, f) => sum + f.size, 0);
      if (i % READ_GROUP === READ_GROUP - 1) groups.delete(g);
      return decoder.decode(bytes.subarray(offset, offset + file.size));
    },
  }));
}

/**
 * Two ways in for receipts and roster exports: a file picker styled as a drop zone (several
 * files at once; it is the real input, so it works by keyboard and screen reader), and a box to
 * paste codes into. The box is uncontrolled (only whether it is empty is kept in state), and a
 * large paste is held aside with a summary rather than put in the box, so a megabyte of pasted
 * codes never freezes the page.
 */
export function RosterImport({ onImport, busy }: RosterImportProps) {
  const paste = useRef<HTMLTextAreaElement>(null);
  const [hasPaste, setHasPaste] = useState(false);
  const held = useRef('');
  const [heldSummary, setHeldSummary] = useState('');

  function fromFiles(files: File[]) {
    if (files.length > 0) onImport(lazyFiles(files));
  }

  return (
    <section className="roster-import" aria-labelledby="import-heading">
      <h2 id="import-heading">Add receipts</h2>
      <FileDrop
        id="receipt-files"
        label="Receipt files or a roster export"
        hint="Drop them here, or choose several at once. Receipts are .txt files (older ones end in .json)."
        accept=".json,.jsonl,.txt,application/json,application/x-ndjson,text/plain"
        multiple
        disabled={busy}
        onFiles={fromFiles}
      />
      <label htmlFor="receipt-paste">Or paste receipt codes (one or more) or a receipt file&rsquo;s text</label>
      <textarea
        ref={paste}
        id="receipt-paste"
        rows={4}
        spellCheck={false}
        autoComplete="off"
        aria-describedby={heldSummary ? 'held-paste' : undefined}
        onPaste={(e) => {
          const text = e.clipboardData.getData('text/plain');
          if (text.length < HELD_PASTE_CHARS) return;
          e.preventDefault();
          held.current += `${text}\n`;
          const codes = held.current.match(/PSVR\d+\./gi)?.length ?? 0;
          setHeldSummary(
            `${held.current.length.toLocaleString('en-US')} characters of pasted text are ready to add${codes > 0 ? `, holding ${codes.toLocaleString('en-US')} receipt ${codes === 1 ? 'code' : 'codes'}` : ''}. Text this long is not shown in the box.`,
          );
          setHasPaste(true);
        }}
        onChange={(e) => {
          const filled = e.target.value.trim() !== '' || held.current !== '';
          if (filled !== hasPaste) setHasPaste(filled);
        }}
      />
      {heldSummary && (
        <p id="held-paste" role="status" className="hint">
          {heldSummary}
        </p>
      )}
      <button
        type="button"
        className="button secondary"
        disabled={!hasPaste || busy}
        onClick={() => {
          const text = `${held.current}${paste.current?.value ?? ''}`;
          if (paste.current) paste.current.value = '';
          held.current = '';
          setHeldSummary('');
          setHasPaste(false);
          onImport([{ name: 'Pasted text', read: async () => text }]);
        }}
      >
        Add pasted receipts
      </button>
    </section>
  );
}
