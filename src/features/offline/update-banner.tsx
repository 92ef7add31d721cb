import { useState } from 'react';
import { activateUpdate } from './offline-status';

/**
 * "A new version of the course is available — Reload / Not now". It sits in the normal flow
 * (never over content), after the navigation in tab order. UpdatePrompt loads it only once a
 * new version is waiting.
 */
export function UpdateBanner() {
  const [isDismissed, setIsDismissed] = useState(false);
  const [isReloading, setIsReloading] = useState(false);
  if (isDismissed) return null;
  return (
    <section className="notice" aria-labelledby="update-heading">
      <p>
        <strong id="update-heading">A new version of the course is available.</strong> Reload to use it. Your progress is saved on this
        device and is kept.
      </p>
      <p className="button-row">
        <button
          type="button"
          className="button"
          aria-describedby="update-heading"
          onClick={() => {
            setIsReloading(true);
            // Always ends in a reload of THIS tab (register-service-worker.ts).
            activateUpdate();
          }}
        >
          {isReloading ? 'Reloading…' : 'Reload'}
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            setIsDismissed(true);
            // The banner (and this button) goes away: give focus to the page's heading, not <body>.
            document.querySelector<HTMLElement>('main h1')?.focus();
          }}
        >
          Not now
        </button>
      </p>
    </section>
  );
}
