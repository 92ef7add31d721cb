import { useId, useState } from 'react';
import { LEARNER_NAME_MAX } from '../domain/progress/learner-name';

/**
 * The learner's name, entered once and saved on this device. `onSave` applies the one name rule
 * (`setLearnerName` in store/progress-edits.ts) and returns what is wrong, or null when it was saved.
 */
export function NameForm({ saved, label, onSave }: { saved: string; label: string; onSave: (name: string) => string | null }) {
  const [name, setName] = useState(saved);
  const [status, setStatus] = useState('');
  const id = useId();

  function save(event: React.FormEvent) {
    event.preventDefault();
    setStatus(onSave(name) ?? 'Your name was saved on this device.');
  }

  return (
    <form className="name-form no-print" onSubmit={save}>
      <label htmlFor={id}>{label}</label>
      <div className="button-row">
        <input id={id} value={name} maxLength={LEARNER_NAME_MAX} autoComplete="name" onChange={(e) => setName(e.target.value)} />
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
