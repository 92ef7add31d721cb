import { memo, useState } from 'react';
import { normalizeCertificateCode } from '../../domain/exchange/certificate-code';
import type { RosterBook } from '../../domain/exchange/roster-book';
import { certificateVerdict } from './certificate-verdict';

/** Props for CertificateCheck. */
interface CertificateCheckProps {
  /** The judged roster to look the code up in. */
  book: RosterBook;
}

/**
 * Checks a certificate's verification code against the receipts in this roster. It states the
 * receipt's pass status and confirms the certificate only when that receipt passed every module
 * under the instructor's own pass mark with no problems found.
 */
export const CertificateCheck = memo(function CertificateCheck({ book }: CertificateCheckProps) {
  const [typed, setTyped] = useState('');
  const [result, setResult] = useState<string[]>([]);

  function check(event: React.FormEvent) {
    event.preventDefault();
    const code = normalizeCertificateCode(typed);
    setResult(code ? certificateVerdict(code, book).lines : ['A verification code has 8 letters and digits, like 7K2M-Q9XD.']);
  }

  return (
    <form className="certificate-check" onSubmit={check}>
      <h2>Check a certificate</h2>
      <label htmlFor="certificate-code">Verification code from the certificate</label>
      <div className="button-row">
        <input id="certificate-code" value={typed} maxLength={20} autoComplete="off" onChange={(e) => setTyped(e.target.value)} />
        <button type="submit" className="button secondary">
          Check code
        </button>
      </div>
      <div role="status">
        {result.map((line, i) => (
          <p key={i}>{i === 0 ? <strong>{line}</strong> : line}</p>
        ))}
      </div>
    </form>
  );
});
