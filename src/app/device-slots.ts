/**
 * The shared-computer UI (the first-visit offer, the shared-mode banner, the footer's controls),
 * ready before the first render, so nothing shifts when it appears. The offer and the controls
 * ship in the first-visit chunk (vite.config.ts names them as start-up modules); the banner is its
 * own chunk, loaded here only when this window starts in shared mode. Not loaded by the LMS
 * entry: in an LMS the LMS keeps progress. Until loaded (and in component tests that do not load
 * it), the shell simply shows none of it.
 */
import type { ComponentType } from 'react';
import { useDeviceMode } from '../store/device-mode';

/** The pieces the shell places. */
export interface DeviceSlots {
  /** Top of the page: the first-visit offer or the shared-mode banner. */
  Notice: ComponentType;
  /** In the footer: "I'm on a shared computer" and "Remove everything from this computer". */
  Controls: ComponentType;
}

let slots: DeviceSlots | null = null;

/** Loads the pieces; resolves when they are ready (rejects only if the chunk cannot load). */
export async function loadDeviceSlots(): Promise<void> {
  const [notice, controls] = await Promise.all([
    import('../features/progress/shared-computer-notice'),
    import('../features/progress/device-controls'),
  ]);
  // A reload in shared mode: the banner, its own chunk, is in the first render (or, if it cannot
  // load, the plain line that stands in for it).
  if (useDeviceMode.getState().mode === 'shared') await notice.loadSharedBanner().catch(() => undefined);
  slots = { Notice: notice.SharedComputerNotice, Controls: controls.DeviceControls };
}

/** The loaded pieces, or null. */
export function deviceSlots(): DeviceSlots | null {
  return slots;
}
