import { useRef, useState } from 'react';
import type { ReceiptSource } from '../../domain/exchange/receipt-batch';
import { RECEIPT_LIMITS } from '../../domain/exchange/receipt-decode';

/** Props for RosterImport. */
interface RosterImportProps {
  /** Called with every file or paste to read. */
  onImport: (sources: ReceiptSource[]) => void;
}

// Bytes, not characters: a UTF-8 file of this size cannot hold a receipt within the text cap.
const MAX_FILE_BYTES = RECEIPT_LIMITS.chars * 4;

async function readFiles(files: FileList | File[]): Promise<ReceiptSource[]> {
  return Promise.all([...files].map(async (file) => ({ name: file.name, text: file.size > MAX_FILE_BYTES ? null : await file.text() })));
}

/**
 * Three ways in for receipts: a file picker (several at once), a drop zone that is also an
 * ordinary button (so it works by keyboard and screen reader), and a box to paste codes into.
 */
export function RosterImport({ onImport }: RosterImportProps) {
  const input = useRef<HTMLInputElement>(null);
  const [pasted, setPasted] = useState('');
  const [isOver, setIsOver] = useState(false);

  async function fromFiles(files: FileList | File[] | null) {
    if (files && files.length > 0) onImport(await readFiles(files));
  }

  return (
    <section className="roster-import" aria-labelledby="import-heading">
      <h2 id="import-heading">Add receipts</h2>
      <label htmlFor="receipt-files">Receipt files</label>
      <input
        ref={input}
        id="receipt-files"
        type="file"
        multiple
        accept=".json,.txt,application/json,text/plain"
        onChange={(e) => {
          void fromFiles(e.target.files).then(() => {
            if (input.current) input.current.value = '';
          });
        }}
      />
      <button
        type="button"
        className={`drop-zone${isOver ? ' is-over' : ''}`}
        onClick={() => input.current?.click()}
        onDragOver={(e) => {
          e.preventDefault();
          setIsOver(true);
        }}
        onDragLeave={() => setIsOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setIsOver(false);
          void fromFiles(e.dataTransfer.files);
        }}
      >
        Drop receipt files here, or press to choose files
      </button>
      <label htmlFor="receipt-paste">Or paste receipt codes (one or more) or a receipt file&rsquo;s text</label>
      <textarea id="receipt-paste" rows={4} value={pasted} onChange={(e) => setPasted(e.target.value)} />
      <button
        type="button"
        className="button secondary"
        disabled={!pasted.trim()}
        onClick={() => {
          onImport([{ name: 'Pasted text', text: pasted }]);
          setPasted('');
        }}
      >
        Add pasted receipts
      </button>
    </section>
  );
}
