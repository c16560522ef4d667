import { useSyncExternalStore } from 'react';
import { storage } from '../lib/storage';

export function useStorageProblems() {
  return useSyncExternalStore(storage.subscribe, storage.problems, storage.problems);
}
