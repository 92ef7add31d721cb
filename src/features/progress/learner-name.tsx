import { NameForm } from '../../components/name-form';
import { useProgress } from '../../store/progress-store';

/** The learner's name for certificates and receipts, on "My progress". */
export function LearnerName() {
  const saved = useProgress((s) => s.learnerName);
  const setLearnerName = useProgress((s) => s.setLearnerName);
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
