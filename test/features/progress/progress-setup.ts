/**
 * Setup for progress component tests: the store hydrates once, at import, so each test seeds
 * localStorage the way a returning learner's browser would and then asks the store to load it
 * again (persist.rehydrate), instead of reaching into the store's state.
 */
import { vi } from 'vitest';
import { bestAnswer } from '../../domain/scoring/scoring-arbitraries';
import type { Answers } from '../../../src/domain/scoring/answers';
import { emptyProgress, type Progress } from '../../../src/domain/progress/progress-model';
import { flushProgressSave } from '../../../src/store/progress-storage';
import { PROGRESS_KEY, useProgress } from '../../../src/store/progress-store';
import { useStorageStatus } from '../../../src/store/storage-status';
import voluntaryBank from '../../../content/01-voluntary/scenarios';
import { progressWith, savedText } from '../../fixtures/progress-fixtures';

/** Forgets everything from the previous test: memory, storage and notices. */
export function startClean(): void {
  useProgress.setState(emptyProgress());
  // That change is saved a frame later: save it now, so it lands before storage is emptied.
  flushProgressSave();
  localStorage.clear();
  useStorageStatus.setState({ mode: 'ok', recovery: null });
}

/** Saves `raw` under the progress key, as a previous visit would have, and loads it. */
export async function returnWith(raw: string): Promise<void> {
  localStorage.setItem(PROGRESS_KEY, raw);
  await useProgress.persist.rehydrate();
}

/** A previous visit that left `parts` saved (version 1). */
export const returnWithProgress = (parts: Partial<Progress>): Promise<void> => returnWith(savedText(progressWith(parts)));

/** Best answers to every Voluntary scenario (a 100% attempt). */
export const voluntaryBest = (): Answers => Object.fromEntries(voluntaryBank.questions.map((q) => [q.id, bestAnswer(q)]));

/**
 * Catches downloads: jsdom has no object URLs and cannot follow a download link, so the Blob
 * handed to URL.createObjectURL is kept and the click is swallowed. Returns the files' texts.
 */
export function catchDownloads(): { names: string[]; texts: () => Promise<string[]> } {
  const blobs: Blob[] = [];
  const names: string[] = [];
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: vi.fn((blob: Blob) => (blobs.push(blob), `blob:test/${blobs.length}`)),
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: vi.fn() });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  // A backup download may start a moment after the click (its codec loads on first use).
  const texts = async () => {
    await vi.waitFor(() => {
      if (blobs.length === 0) throw new Error('No download has started yet.');
    });
    return Promise.all(blobs.map((b) => b.text()));
  };
  return { names, texts };
}
