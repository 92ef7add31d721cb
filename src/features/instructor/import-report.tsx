import type { ReceiptBatch } from '../../domain/exchange/receipt-batch';

/** Props for ImportReport. */
interface ImportReportProps {
  /** The last import's outcome. */
  batch: ReceiptBatch;
  /** How many receipts were new to the roster. */
  added: number;
}

/** Says what the last import did: how many receipts were added, and why any were not. */
export function ImportReport({ batch, added }: ImportReportProps) {
  const duplicates = batch.read.length - added;
  return (
    <div role="status" className={batch.failed.length > 0 ? 'notice' : ''}>
      <p>
        {added === 1 ? '1 receipt added.' : `${added} receipts added.`}
        {duplicates > 0 && ` ${duplicates} already in the roster.`}
        {batch.failed.length > 0 && ` ${batch.failed.length} could not be read:`}
      </p>
      {batch.failed.length > 0 && (
        <ul>
          {batch.failed.map((f, i) => (
            <li key={i}>
              <strong>{f.name}</strong>: {f.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
