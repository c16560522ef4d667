/**
 * What the installed app is opened with, from the platform's launch queue: a shortcut's or a
 * share's address (with `launch_handler: focus-existing` the open window is reused, so the app
 * goes there itself), or a backup file opened with CloudCards (`file_handlers`), which waits
 * here until Settings → Import takes it.
 */

/** The launch queue's parameters (https://wicg.github.io/web-app-launch/). */
export type LaunchParams = { targetURL?: string; files: readonly { getFile(): Promise<File> }[] };
export type LaunchQueue = { setConsumer(consumer: (params: LaunchParams) => void): void };

export function launchQueue(target: unknown = globalThis): LaunchQueue | null {
  const queue = (target as { launchQueue?: LaunchQueue }).launchQueue;
  return queue && typeof queue.setConsumer === 'function' ? queue : null;
}

type FileListener = (file: File) => void;
let waiting: Promise<File> | null = null;
const listeners = new Set<FileListener>();

/** Hands a launched file to whoever takes it (Settings), now if it is listening, else when it starts to. */
export function handOverFile(file: Promise<File>): void {
  file.catch(() => undefined); // a file that can't be read is dropped, never an unhandled error
  waiting = file;
  if (listeners.size > 0) deliver();
}

function deliver() {
  const file = waiting;
  waiting = null;
  if (!file) return;
  file.then((value) => listeners.forEach((listener) => listener(value))).catch(() => undefined);
}

/** Takes launched files: the one waiting, if any, and each one after. */
export function onLaunchedFile(listener: FileListener): () => void {
  listeners.add(listener);
  deliver();
  return () => listeners.delete(listener);
}
