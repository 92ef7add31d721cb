import { useState } from 'react';
import { courseScope } from '../../course/course-scope';
import { resetAll, resetModule } from '../../store/progress-edits';
import { ConfirmButton } from './confirm-button';

/** Reset one module or everything, each behind a confirmation, with the result announced. */
export function ResetPanel() {
  const { modules } = courseScope();
  const [moduleId, setModuleId] = useState(modules[0]?.id ?? '');
  const [message, setMessage] = useState('');
  const title = modules.find((m) => m.id === moduleId)?.title ?? '';
  return (
    <section aria-labelledby="reset-heading">
      <h2 id="reset-heading">Start over</h2>
      <p>Resetting removes answers, lesson marks and reflections. Download a backup first if you may want them later.</p>
      <p>
        <label htmlFor="reset-module">Module to reset</label>{' '}
        <select id="reset-module" value={moduleId} onChange={(e) => setModuleId(e.target.value)}>
          {modules.map((m) => (
            <option key={m.id} value={m.id}>
              {m.title}
            </option>
          ))}
        </select>
      </p>
      <div className="button-row">
        <ConfirmButton
          label={`Reset ${title}`}
          question={`Reset ${title}? Its answers, lesson mark and reflection will be removed from this device.`}
          confirmLabel={`Yes, reset ${title}`}
          onConfirm={() => {
            resetModule(moduleId, new Date().toISOString());
            setMessage(`${title} was reset.`);
          }}
        />
        <ConfirmButton
          label="Reset the whole course"
          question="Reset the whole course? All answers, lesson marks, reflections, your name and assignments will be removed from this device."
          confirmLabel="Yes, reset everything"
          onConfirm={() => {
            resetAll(new Date().toISOString());
            setMessage('The whole course was reset.');
          }}
        />
      </div>
      <p role="status">{message}</p>
    </section>
  );
}
