import { useEffect, useState } from 'react';
import { useDeviceMode } from '../../store/device-mode';
import { dismissSharedOffer, startSharedMode } from '../../store/shared-computer';
import type * as BannerCode from './shared-banner';
import { useWarnBeforeClosing } from './use-warn-before-closing';

/** The shared-mode banner's code, once loaded. */
let bannerCode: typeof BannerCode | undefined;

/**
 * Loads the shared-mode banner (its own chunk). Start-up awaits it when this window is already in
 * shared mode (a reload), so the banner is in the first render; choosing shared mode awaits it
 * before switching, so the banner replaces the offer in one step.
 */
export async function loadSharedBanner(): Promise<void> {
  bannerCode = await import('./shared-banner');
}

/**
 * "I’m on a shared computer": switches once the banner's code is here. If it cannot load
 * (offline before the course was saved), the switch still happens (it is what keeps this learner's
 * work private), under a plain line saying what matters.
 */
export function chooseSharedComputer(): void {
  void loadSharedBanner()
    .catch(() => undefined)
    .then(startSharedMode);
}

/**
 * The shared-computer choice at the top of the page: on a first visit, a small offer (not a wall:
 * the page works around it); in shared mode, the banner saying nothing is saved here.
 */
export function SharedComputerNotice() {
  const mode = useDeviceMode((s) => s.mode);
  const isOffered = useDeviceMode((s) => s.isOffered);
  if (mode === 'shared') return <SharedMode />;
  if (mode !== 'personal' || !isOffered) return null;
  return (
    <section className="shared-offer no-print" aria-label="Shared computer">
      <p>
        <strong>On a shared or public computer?</strong> Keep your work in this window only: nothing is saved on this computer.
      </p>
      <p className="button-row">
        <button type="button" className="button secondary" onClick={chooseSharedComputer}>
          I’m on a shared computer
        </button>
        <button type="button" className="button secondary" onClick={dismissSharedOffer}>
          No, this is my own device
        </button>
      </p>
    </section>
  );
}

/** Shared mode: the banner, or a plain line while (or if) its code is out of reach; the warning before closing either way. */
function SharedMode() {
  useWarnBeforeClosing();
  const [, setIsLoaded] = useState(false);
  useEffect(() => {
    if (!bannerCode)
      void loadSharedBanner().then(
        () => setIsLoaded(true),
        () => undefined,
      );
  }, []);
  if (bannerCode) return <bannerCode.SharedBanner />;
  return (
    <section className="notice shared-banner no-print" aria-label="Shared computer mode">
      <p>
        <strong>Shared computer: nothing is saved on this computer.</strong> Your answers and reflections last only until you close this
        window or reload the page.
      </p>
    </section>
  );
}
