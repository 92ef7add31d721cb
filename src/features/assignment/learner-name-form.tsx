import { NameForm } from '../../components/name-form';
import { setLearnerName } from '../../store/progress-edits';
import { useProgress } from '../../store/progress-store';

/** The learner's name for receipts and certificates, on the assignment page. */
export function LearnerNameForm() {
  const saved = useProgress((s) => s.learnerName);
  return (
    <NameForm
      saved={saved}
      label="Your name, as it should appear on receipts and certificates"
      onSave={(name) => setLearnerName(name, new Date().toISOString())}
    />
  );
}
