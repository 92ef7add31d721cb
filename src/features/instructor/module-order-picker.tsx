import { course } from '../../course/course-data';
import type { ValueId } from '../../domain/content/content-types';

/** Props for ModuleOrderPicker. */
interface ModuleOrderPickerProps {
  /** Chosen modules, in the order trainees should take them. */
  selected: ValueId[];
  /** Called with the new choice and order. */
  onChange: (next: ValueId[]) => void;
}

const titleOf = (id: ValueId) => course.modules.find((m) => m.id === id)?.title ?? id;

/** Choose any subset of modules with checkboxes, then put them in order with move buttons. */
export function ModuleOrderPicker({ selected, onChange }: ModuleOrderPickerProps) {
  function toggle(id: ValueId, on: boolean) {
    onChange(on ? [...selected, id] : selected.filter((m) => m !== id));
  }
  function move(index: number, by: -1 | 1) {
    const next = [...selected];
    const [item] = next.splice(index, 1);
    if (item) next.splice(index + by, 0, item);
    onChange(next);
  }
  return (
    <>
      <fieldset>
        <legend>Modules to assign</legend>
        {course.modules.map((m) => (
          <div key={m.id} className="check-row">
            <input type="checkbox" id={`pick-${m.id}`} checked={selected.includes(m.id)} onChange={(e) => toggle(m.id, e.target.checked)} />
            <label htmlFor={`pick-${m.id}`}>{m.title}</label>
          </div>
        ))}
      </fieldset>
      {selected.length > 0 && (
        <section aria-labelledby="order-heading">
          <h3 id="order-heading">Order trainees will see</h3>
          <ol className="order-list">
            {selected.map((id, i) => (
              <li key={id}>
                <span>{titleOf(id)}</span>{' '}
                <button
                  type="button"
                  className="button secondary small"
                  disabled={i === 0}
                  aria-label={`Move ${titleOf(id)} up`}
                  onClick={() => move(i, -1)}
                >
                  Up
                </button>{' '}
                <button
                  type="button"
                  className="button secondary small"
                  disabled={i === selected.length - 1}
                  aria-label={`Move ${titleOf(id)} down`}
                  onClick={() => move(i, 1)}
                >
                  Down
                </button>
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
