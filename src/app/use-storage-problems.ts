import { useSyncExternalStore } from 'react';
import { storage, type StorageProblem } from '../lib/storage';

const NONE: readonly StorageProblem[] = [];

/** The storage problems to tell the learner of; none while hydrating, as the prerendered HTML has none. */
export function useStorageProblems() {
  return useSyncExternalStore(storage.subscribe, storage.problems, () => NONE);
}
