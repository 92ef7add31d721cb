import { NameForm } from '../../components/name-form';
import { setLearnerName } from '../../store/progress-edits';
import { useProgress } from '../../store/progress-store';

/** The learner's name for certificates and receipts, on "My progress". */
export function LearnerName() {
  const saved = useProgress((s) => s.learnerName);
  return (
    <section className="learner-name">
      <h2>Your name</h2>
      <NameForm
        saved={saved}
        label="Name for certificates and completion receipts"
        onSave={(name) => setLearnerName(name, new Date().toISOString())}
      />
    </section>
  );
}
