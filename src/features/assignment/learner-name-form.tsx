import { useId, useState } from 'react';
import { textProblem } from '../../domain/encoding/untrusted-text';
import { useProgress } from '../../store/progress-store';

/** The longest name accepted: fits receipts, certificates and the saved-progress limit. */
const MAX_NAME = 80;

/** The learner's name for receipts and certificates: entered once, saved on this device. */
export function LearnerNameForm() {
  const saved = useProgress((s) => s.learnerName);
  const setLearnerName = useProgress((s) => s.setLearnerName);
  const [name, setName] = useState(saved);
  const [status, setStatus] = useState('');
  const id = useId();

  function save(event: React.FormEvent) {
    event.preventDefault();
    const clean = name.trim();
    const problem = textProblem(clean, MAX_NAME);
    if (!clean || problem) return setStatus(clean ? `The name ${problem}.` : 'Enter your name first.');
    setLearnerName(clean, new Date().toISOString());
    setStatus('Name saved on this device.');
  }

  return (
    <form className="name-form no-print" onSubmit={save}>
      <label htmlFor={id}>Your name, as it should appear on receipts and certificates</label>
      <div className="button-row">
        <input id={id} value={name} maxLength={MAX_NAME} autoComplete="name" onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="button secondary">
          Save name
        </button>
      </div>
      <p role="status" className="hint">
        {status}
      </p>
    </form>
  );
}
