import { useId, useRef, useState } from 'react';
import { CopyButton } from '../../components/copy-button';
import { DownloadButton } from '../../components/download-button';
import { mailtoHref, shareFile } from '../../components/share-file';
import { course } from '../../course/course-data';
import { LEARNER_NAME_MAX } from '../../domain/progress/learner-name';
import { receiptToCode, type Receipt } from '../../domain/exchange/receipt';
import { RECEIPT_FILE_TYPE, receiptFileName, receiptToFile } from '../../domain/exchange/receipt-file';
import { setLearnerName } from '../../store/progress-edits';
import { useProgress } from '../../store/progress-store';

/** Props for ReceiptExport. */
interface ReceiptExportProps {
  /** The receipt for the assignment as it stands now; undefined while scores load. */
  receipt: Receipt | undefined;
  /** The same receipt under a name typed just now (so name and send are one step). */
  receiptFor?: (learner: string) => Receipt;
  /** True when every assigned module is passed. */
  isComplete: boolean;
  /** Ask for the name here (false where the page already has a name form, e.g. the certificate). */
  askName?: boolean;
}

const SHARE_MESSAGE =
  'My completion receipt for the Peer Support Values course. Add it to your course roster: Instructors, Open the roster, then add the file or paste the code.';

/**
 * Sending a completion receipt in one step: the learner's name and "Send to your instructor",
 * which hands the receipt file (plain text: Chrome for Android shares no JSON, see
 * RECEIPT_FILE_TYPE) to the phone's share sheet (email, chat, files) where the browser can share
 * files. Where it cannot, email (the code in the message), copy and download are right
 * below, and they stay there for anyone who prefers them.
 */
export function ReceiptExport({ receipt, receiptFor, isComplete, askName = true }: ReceiptExportProps) {
  const saved = useProgress((s) => s.learnerName);
  const [name, setName] = useState(saved);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const others = useRef<HTMLHeadingElement>(null);
  const id = useId();
  if (!receipt) return <p role="status">Preparing your receipt…</p>;

  async function send(event: React.FormEvent) {
    event.preventDefault();
    setError('');
    setStatus('');
    let current = receipt;
    if (askName) {
      const problem = setLearnerName(name, new Date().toISOString());
      if (problem) return setError(problem);
      const stored = useProgress.getState().learnerName;
      if (!stored) return setError('Enter your name first: the receipt needs it.');
      current = receiptFor ? receiptFor(stored) : current;
    }
    if (!current?.learner) return setError('Enter your name first: the receipt needs it.');
    const outcome = await shareFile({
      filename: receiptFileName(current),
      text: receiptToFile(current, course.title),
      type: RECEIPT_FILE_TYPE,
      title: `Completion receipt: ${course.title}`,
      message: SHARE_MESSAGE,
    });
    if (outcome === 'shared') setStatus('Sent. If you do more later, send a new receipt: the newest one counts.');
    else if (outcome === 'cancelled') setStatus('Not sent. You can send it when you are ready.');
    else {
      setStatus('This browser cannot share files. Email the code, copy it, or download the file below.');
      others.current?.focus();
    }
  }

  const code = receipt.learner ? receiptToCode(receipt) : '';
  return (
    <div className="receipt-export">
      <p>
        {isComplete
          ? 'Every module in this assignment is done. Send your instructor this receipt.'
          : 'Not every module is done yet. You can still send a receipt of your progress so far, and send a new one when you finish.'}
      </p>
      <form className="receipt-send" onSubmit={(e) => void send(e)} noValidate>
        {askName && (
          <div className="field">
            <label htmlFor={id}>Your name, as it should appear on receipts and certificates</label>
            <input
              id={id}
              value={name}
              maxLength={LEARNER_NAME_MAX}
              autoComplete="name"
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(e) => setName(e.target.value)}
            />
          </div>
        )}
        {error && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
        <p className="next-step">
          <button type="submit" className="button">
            Send to your instructor
          </button>
        </p>
        <p role="status" className="hint">
          {status}
        </p>
      </form>
      <p className="hint">
        A receipt holds your name, your answers and attempt times for these modules, and your scores. Your reflections are never included.
        It shows that your answers and scores agree; it cannot prove who you are.
      </p>
      {receipt.learner && (
        <section className="send-other-ways" aria-labelledby={`${id}-others`}>
          <h3 id={`${id}-others`} ref={others} tabIndex={-1}>
            Other ways to send it
          </h3>
          <div className="button-row">
            <a className="button secondary" href={mailtoHref(`Completion receipt: ${course.title}`, `${SHARE_MESSAGE}\n\n${code}\n`)}>
              Email the receipt code
            </a>
            <CopyButton text={code} label="Copy receipt code" />
            <DownloadButton
              className="secondary"
              filename={receiptFileName(receipt)}
              text={receiptToFile(receipt, course.title)}
              type={RECEIPT_FILE_TYPE}
              label="Download receipt file"
            />
          </div>
          <label htmlFor={`${id}-code`}>Receipt code (to paste into an email or chat)</label>
          <textarea id={`${id}-code`} readOnly rows={3} value={code} onFocus={(e) => e.currentTarget.select()} />
        </section>
      )}
    </div>
  );
}
