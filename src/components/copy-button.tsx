import { useState } from 'react';

/** Props for CopyButton. */
interface CopyButtonProps {
  /** The text to put on the clipboard. */
  text: string;
  /** The button's label, e.g. "Copy link". */
  label: string;
}

/**
 * Copies text to the clipboard and says so in a live region. The clipboard can be refused
 * (insecure origin, LMS frame, permissions), so failure is explained rather than silent.
 */
export function CopyButton({ text, label }: CopyButtonProps) {
  const [status, setStatus] = useState('');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Copied.');
    } catch {
      setStatus('Copying is blocked here: select the text and copy it yourself.');
    }
  }
  return (
    <span className="copy-button">
      <button type="button" className="button secondary" onClick={() => void copy()}>
        {label}
      </button>{' '}
      <span role="status" className="hint">
        {status}
      </span>
    </span>
  );
}
