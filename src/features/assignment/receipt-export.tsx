import { CopyButton } from '../../components/copy-button';
import { DownloadButton } from '../../components/download-button';
import { receiptToCode, receiptToFile, type Receipt } from '../../domain/exchange/receipt';

/** Props for ReceiptExport. */
interface ReceiptExportProps {
  /** The receipt for the assignment as it stands now; undefined while scores load. */
  receipt: Receipt | undefined;
  /** True when every assigned module is passed. */
  isComplete: boolean;
}

const fileSafe = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'learner';

/** Lets the learner send a completion receipt: as a file, or as a code to paste in a message. */
export function ReceiptExport({ receipt, isComplete }: ReceiptExportProps) {
  if (!receipt) return <p role="status">Preparing your receipt…</p>;
  if (!receipt.learner) return <p>Enter your name above to make a receipt.</p>;
  const code = receiptToCode(receipt);
  return (
    <div className="receipt-export">
      <p>
        {isComplete
          ? 'Every module in this assignment is done. Send your instructor this receipt.'
          : 'Not every module is done yet. You can still send a receipt of your progress so far, and send a new one when you finish.'}
      </p>
      <p className="hint">
        A receipt holds your name, your answers and attempt times for these modules, and your scores. Your reflections are never included.
        It shows that your answers and scores agree; it cannot prove who you are.
      </p>
      <div className="button-row">
        <DownloadButton
          filename={`receipt-${fileSafe(receipt.learner)}-${receipt.assignment.id}.json`}
          text={receiptToFile(receipt)}
          type="application/json"
          label="Download receipt file"
        />
        <CopyButton text={code} label="Copy receipt code" />
      </div>
      <label htmlFor="receipt-code">Receipt code (to paste into an email or chat)</label>
      <textarea id="receipt-code" readOnly rows={3} value={code} onFocus={(e) => e.currentTarget.select()} />
    </div>
  );
}
