import { useId, useState } from 'react';
import { useProgress } from '../../store/progress-store';

/** The learner's name for certificates and receipts; saved when they choose to. */
export function LearnerName() {
  const saved = useProgress((s) => s.learnerName);
  const setLearnerName = useProgress((s) => s.setLearnerName);
  const [name, setName] = useState(saved);
  const [message, setMessage] = useState('');
  const id = useId();
  return (
    <form
      className="learner-name"
      onSubmit={(e) => {
        e.preventDefault();
        setLearnerName(name.trim().slice(0, 120), new Date().toISOString());
        setMessage('Your name was saved on this device.');
      }}
    >
      <h2>Your name</h2>
      <p>
        <label htmlFor={id}>Name for certificates and completion receipts</label>
        <br />
        <input id={id} autoComplete="name" maxLength={120} value={name} onChange={(e) => setName(e.target.value)} />
      </p>
      <p>
        <button type="submit" className="button secondary">
          Save name
        </button>
      </p>
      <p role="status">{message}</p>
    </form>
  );
}
