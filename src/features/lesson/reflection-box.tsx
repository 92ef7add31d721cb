import { useEffect, useId, useRef, useState } from 'react';
import { reflectionPrompts } from '../../../content/reflection-prompts';
import { runtime } from '../../config/runtime';
import { LIMITS } from '../../domain/progress/progress-model';
import { isMemoryOnly, useDeviceMode } from '../../store/device-mode';
import { useProgress } from '../../store/progress-store';
import { useLessonModule } from './lesson-context';

const SAVE_DELAY_MS = 600;

/** The lesson's reflection prompt with a private journal box that saves as the learner types. */
export function ReflectionBox() {
  const module = useLessonModule();
  const saved = useProgress((s) => s.reflections[module.id]?.text ?? '');
  const saveReflection = useProgress((s) => s.saveReflection);
  const isShared = useDeviceMode((s) => s.mode === 'shared');
  const [text, setText] = useState(saved);
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const id = useId();

  // Debounced save, flushed when the box unmounts so a quick navigation loses nothing, and on
  // `pagehide` so a reload (e.g. "new version available — Reload") or closing the tab does not
  // drop the last words typed: React does not unmount when the page goes away.
  const pending = useRef<string | null>(null);
  useEffect(() => {
    const flush = () => {
      clearTimeout(timer.current);
      if (pending.current !== null) saveReflection(module.id, pending.current, new Date().toISOString());
      pending.current = null;
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [module.id, saveReflection]);

  function onChange(value: string) {
    setText(value);
    pending.current = value;
    setStatus('');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      saveReflection(module.id, value, new Date().toISOString());
      pending.current = null;
      setStatus(isMemoryOnly() ? 'Kept in this window only.' : 'Saved on this device.');
    }, SAVE_DELAY_MS);
  }

  return (
    <div className="reflect">
      <label htmlFor={id} className="reflect-prompt">
        {reflectionPrompts[module.id]}
      </label>
      <p className="hint" id={`${id}-hint`}>
        {runtime().mode === 'lms'
          ? 'Private: reflections are not sent to your learning system or your instructor, and last only until you close this window.'
          : isShared
            ? 'Private: on a shared computer your reflections are kept in this window only, never saved on this computer, and gone when you close it.'
            : 'Private: your reflections stay on this device and are never sent to an instructor unless you choose to share them.'}
      </p>
      <textarea
        id={id}
        aria-describedby={`${id}-hint ${id}-status`}
        rows={5}
        maxLength={LIMITS.text}
        value={text}
        onChange={(e) => onChange(e.target.value)}
      />
      <p id={`${id}-status`} className="hint" role="status">
        {status}
      </p>
    </div>
  );
}
