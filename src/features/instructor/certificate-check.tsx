import { useState } from 'react';
import { normalizeCertificateCode } from '../../domain/exchange/certificate-code';
import type { RosterRow } from './use-roster-reviews';

/** Props for CertificateCheck. */
interface CertificateCheckProps {
  /** Reviewed receipts to look the code up in. */
  rows: RosterRow[];
}

/** Checks a certificate's verification code against the receipts in this roster. */
export function CertificateCheck({ rows }: CertificateCheckProps) {
  const [typed, setTyped] = useState('');
  const [result, setResult] = useState('');

  function check(event: React.FormEvent) {
    event.preventDefault();
    const code = normalizeCertificateCode(typed);
    if (!code) return setResult('A verification code has 8 letters and digits, like 7K2M-Q9XD.');
    const row = rows.find((r) => r.review.code === code);
    if (!row) return setResult(`No receipt in this roster has code ${code}. Ask the trainee for the receipt behind this certificate.`);
    const { learner, assignment } = row.read.receipt;
    const flags = row.review.flags;
    setResult(
      flags.length === 0
        ? `Code ${code} matches the receipt from ${learner} (assignment ${assignment.id}), and that receipt is consistent.`
        : `Code ${code} matches the receipt from ${learner} (assignment ${assignment.id}), but that receipt is flagged: ${flags.join(' ')}`,
    );
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
      <p role="status">{result}</p>
    </form>
  );
}
