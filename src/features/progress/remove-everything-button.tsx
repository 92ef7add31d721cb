import { useState } from 'react';
import type * as ConfirmCode from './remove-everything-confirm';

/** The confirmation's code, once loaded. */
let confirmCode: typeof ConfirmCode | undefined;

/**
 * "Remove everything from this computer": the button every page's footer shows. The question
 * behind it, and the removal, load when it is first pressed (remove-everything-confirm.tsx), so
 * a first visit does not download them. If that code cannot load (offline before the course was
 * saved), nothing was removed, and the learner is told so here.
 */
export function RemoveEverythingButton() {
  const [step, setStep] = useState<'closed' | 'open' | 'failed'>('closed');
  if (step === 'open' && confirmCode) return <confirmCode.RemoveEverythingConfirm />;
  const open = () =>
    void import('./remove-everything-confirm').then(
      (code) => {
        confirmCode = code;
        setStep('open');
      },
      () => setStep('failed'),
    );
  return (
    <>
      <button type="button" className="button danger" onClick={open}>
        Remove everything from this computer
      </button>
      {step === 'failed' && (
        <p role="alert">Nothing was removed: part of the course could not load. Check your connection, reload the page, and try again.</p>
      )}
    </>
  );
}
