/**
 * Sync between devices: the learner's data as documents in a local PouchDB (IndexedDB),
 * replicated live both ways with their CouchDB by PouchDB's implementation of the CouchDB
 * replication protocol. This module is loaded only once sync is set up.
 *
 * The store stays the one source the screens read. Here the two are kept level:
 * - what the learner does (a grade, an undo, a star, a finished quiz, a note in their own words,
 *   a change of settings, an import) becomes documents (src/domain/sync-docs.ts): one per
 *   review, quiz, star change and note, written once; an undo deletes its review's document,
 *   and the deletion replicates;
 * - what arrives from the other devices goes into the store: reviews by id, each affected
 *   card's schedule rebuilt by replaying all its reviews in time order (src/domain/replay.ts),
 *   deleted reviews undone, quizzes kept, each star's and note's latest change, the later settings.
 * The settings document is the only one edited; when two devices edited it apart, the later
 * edit is kept and the other revision removed.
 */
import IndexedDbAdapter from 'pouchdb-adapter-indexeddb';
import PouchDB, { type Change, type Doc, type PouchError, type Replication } from 'pouchdb-browser';
import type { ReviewLogEntry } from '../../domain/cards';
import type { QuizAttempt } from '../../domain/quiz-history';
import { mergeReviewLogs } from '../../domain/merge';
import { mergeNotes, type TermNotes } from '../../domain/notes';
import { quizMisses, rebuildSchedules } from '../../domain/replay';
import {
  attemptDoc,
  latestStars,
  noteDoc,
  pickLaterSettings,
  readSyncDoc,
  reviewDoc,
  reviewDocId,
  SETTINGS_ID,
  settingsDoc,
  starDoc,
  type StarChange,
  type SyncRecord,
} from '../../domain/sync-docs';
import { databaseUrl, readDatabaseStatus, type SyncTarget } from '../../domain/sync-target';
import { localOffset } from '../../lib/clock';
import type { useAppStore } from '../../stores/app-store';
import { applyStar } from '../../stores/progress-slice';
import { restoreSettings, type Settings } from '../../stores/settings-slice';
import { setSyncStatus, type SyncStatus } from './sync-status';

type AppStore = typeof useAppStore;

PouchDB.plugin(IndexedDbAdapter);

/**
 * The local database: PouchDB's `indexeddb` adapter (one IndexedDB record per document, about
 * twice as fast to fill as the older `idb` adapter). One per browser profile: Stop syncing destroys it.
 */
export const LOCAL_DB = 'cloudcards-sync-2';
/** What the older `idb` adapter kept, under its own name: a copy of the store, deleted when found. */
const OLD_LOCAL_DB = '_pouch_cloudcards-sync';

/**
 * Documents per request from the server. A first sync of 10,000 reviews takes five round trips
 * (each a list of changes, the documents, one write into IndexedDB and a checkpoint).
 */
const PULL_BATCH = 2000;
/**
 * While a pull is under way, what arrived goes into the store when it ends, or after this long
 * (every step into the store costs more as the store grows: the log merged, the state written,
 * the screens recomputed), so a first sync takes it in once.
 */
const PULL_FLUSH_MS = 10_000;

/** Retry a lost server after 1 s, then twice as long each time, at most 5 s. */
const backOff = (delay: number) => (delay === 0 ? 1000 : Math.min(delay * 2, 5000));

export type SyncEngine = {
  /** Stops replication; `destroy` also deletes the local copy (the store keeps everything). */
  stop: (options?: { destroy?: boolean }) => Promise<void>;
};

export function startSyncEngine(target: SyncTarget, store: AppStore, now: () => number = Date.now): SyncEngine {
  // PouchDB's own copy, not the app's storage (which goes through src/lib/storage.ts).
  // eslint-disable-next-line no-restricted-globals
  if (typeof indexedDB !== 'undefined') indexedDB.deleteDatabase(OLD_LOCAL_DB);
  const local = new PouchDB(LOCAL_DB, { adapter: 'indexeddb', auto_compaction: true });
  const remote = new PouchDB(databaseUrl(target), { skip_setup: true, auth: { username: target.username, password: target.password } });

  /** Reviews the local database holds, by review id; and those whose document was deleted (undone). */
  const reviews = new Map<string, ReviewLogEntry>();
  const deletedReviews = new Set<string>();
  const attempts = new Set<string>();
  const stars = new Map<string, StarChange>();
  /** Each term's latest note among the documents. */
  let notes: TermNotes | undefined;
  let starState = new Map<string, StarChange>();
  const revs = new Map<string, string>();
  let settingsAt = -1;
  /** Documents written here and not yet sent to the server. */
  const unpushed = new Set<string>();
  /** Documents on their way into the local database, by id (how many writes of each): the push has not seen them yet. */
  const writingIds = new Map<string, number>();
  /** The point in the local database (its sequence) up to which the push has surely sent everything; undefined until known. */
  let pushedThrough: number | undefined;
  let problem: SyncStatus | null = null;
  let stopped = false;
  let replications: Replication[] = [];
  let unsubscribe = () => {};
  /**
   * Until the first pull has caught up, documents written here wait in memory (they are in the
   * store already, and the status counts them), so that the push can start after everything that
   * came from the server rather than read it all back and ask the server whether it has it.
   */
  let held: Doc[] | null = [];
  /** Whether every local document was on the server at start (nothing written here waits to be sent). */
  let levelAtStart = false;
  let pushStarted: () => void = () => {};
  const pushing = new Promise<void>((resolve) => (pushStarted = resolve));

  // ------------------------------------------------------------------------------------------
  // Status

  const status = (): SyncStatus => {
    if (problem) return problem.state === 'offline' ? { state: 'offline', count: unpushed.size } : problem;
    if (typeof navigator !== 'undefined' && !navigator.onLine) return { state: 'offline', count: unpushed.size };
    if (unpushed.size > 0) return { state: 'pending', count: unpushed.size };
    return { state: 'synced', at: now() };
  };
  const settle = () => {
    if (!stopped) setSyncStatus(status());
  };
  const failWith = (error: PouchError | undefined) => {
    const read = error?.status ? readDatabaseStatus(error.status, error.reason ?? error.message ?? '') : null;
    if (!read || read.status === 'error') problem = { state: 'offline', count: 0 };
    else if (read.status === 'ok') problem = null;
    else problem = { state: read.status } as SyncStatus;
    settle();
  };

  // ------------------------------------------------------------------------------------------
  // Local database → memory

  /** Takes a change of the local database into the maps; says what it was. */
  function ingest(change: Change): SyncRecord<Settings> | { kind: 'deleted-review'; id: string } | null {
    if (change.doc?._rev) revs.set(change.id, change.doc._rev);
    if (change.deleted) {
      revs.delete(change.id);
      if (change.id.startsWith('review:')) {
        const id = change.id.slice('review:'.length);
        reviews.delete(id);
        deletedReviews.add(id);
        return { kind: 'deleted-review', id };
      }
      return null;
    }
    const record = readSyncDoc<Settings>(change.doc, now(), (raw) => (typeof raw === 'object' && raw !== null ? restoreSettings(raw, store.getState().settings) : null));
    if (!record) return null;
    if (record.kind === 'review') {
      reviews.set(record.entry.id, record.entry);
      deletedReviews.delete(record.entry.id);
    } else if (record.kind === 'attempt') attempts.add(record.attempt.id);
    else if (record.kind === 'star') stars.set(change.id, record.star);
    else if (record.kind === 'note') notes = mergeNotes(notes, { [record.termId]: record.note });
    else settingsAt = Math.max(settingsAt, record.changedAt);
    return record;
  }

  // ------------------------------------------------------------------------------------------
  // Memory → store

  /** Brings the store level with the local database: reviews added and undone, schedules replayed, stars. */
  function applyToStore(received: { attempts: QuizAttempt[]; settings: { settings: Settings; changedAt: number } | null }) {
    let s = store.getState();
    for (const attempt of received.attempts) {
      if (!s.quiz.attempts.some((a) => a.id === attempt.id)) s.receiveAttempt(attempt, attempt.finishedAt);
    }
    if (received.settings) {
      const before = store.getState().settingsChangedAt;
      s.receiveSettings(received.settings.settings, received.settings.changedAt);
      const after = store.getState();
      if (after.settingsChangedAt !== before) s.publishChange({ type: 'settings', settings: after.settings, changedAt: after.settingsChangedAt });
    }
    s = store.getState();
    const inStore = new Set<string>();
    const removed: ReviewLogEntry[] = [];
    for (const entry of s.progress.log) {
      inStore.add(entry.id);
      if (deletedReviews.has(entry.id)) removed.push(entry);
    }
    const added: ReviewLogEntry[] = [];
    for (const entry of reviews.values()) if (!inStore.has(entry.id) && !s.undoneReviews.has(entry.id)) added.push(entry);

    if (added.length > 0 || removed.length > 0) {
      const gone = new Set(removed.map((e) => e.id));
      const log = mergeReviewLogs(gone.size === 0 ? s.progress.log : s.progress.log.filter((e) => !gone.has(e.id)), added);
      const rebuilt = rebuildSchedules(
        s.progress.cards,
        log,
        { added, removed },
        { retention: s.settings.retention, offsetAt: localOffset },
        quizMisses(s.quiz.attempts),
      );
      // An undo on another device is an undo here too: told to the other tabs, and never merged back.
      for (const entry of removed) s.undoGrade({ entry, previous: rebuilt.get(entry.cardId) ?? null });
      const cards = { ...store.getState().progress.cards };
      for (const [id, state] of rebuilt) {
        if (state) cards[id] = state;
        else delete cards[id];
      }
      const current = store.getState().progress;
      store.setState({ progress: { ...current, cards, log: mergeReviewLogs(current.log, added) } });
    }

    s = store.getState();
    const mergedNotes = mergeNotes(s.progress.notes, notes);
    if (mergedNotes !== s.progress.notes) store.setState({ progress: { ...s.progress, notes: mergedNotes } });

    starState = latestStars(stars.values());
    s = store.getState();
    for (const [termId, change] of starState) {
      if (s.progress.starred.includes(termId) === change.starred) continue;
      store.setState((state) => ({ progress: applyStar(state.progress, termId, change.starred) }));
      store.getState().publishChange({ type: 'star', termId, starred: change.starred });
    }
  }

  // ------------------------------------------------------------------------------------------
  // Store → local database

  let writing: Promise<unknown> = Promise.resolve();
  const write = (docs: Doc[]) => {
    if (docs.length === 0) return;
    for (const doc of docs) unpushed.add(doc._id);
    settle();
    if (held) {
      held.push(...docs);
      return;
    }
    for (const doc of docs) writingIds.set(doc._id, (writingIds.get(doc._id) ?? 0) + 1);
    const written = () => {
      for (const doc of docs) {
        const left = (writingIds.get(doc._id) ?? 1) - 1;
        if (left > 0) writingIds.set(doc._id, left);
        else writingIds.delete(doc._id);
      }
    };
    writing = writing.then(async () => {
      const results = await local.bulkDocs(docs).finally(written);
      const undoneMeanwhile: Doc[] = [];
      results.forEach((result, i) => {
        if (result.rev && result.id) {
          revs.set(result.id, result.rev);
          // Undone before its document was written: delete it now.
          const doc = docs[i]!;
          if (!doc._deleted && doc._id.startsWith('review:') && deletedReviews.has(doc._id.slice('review:'.length)))
            undoneMeanwhile.push({ _id: doc._id, _rev: result.rev, _deleted: true });
        }
        // 409: the document is there already (replicated, or written by another tab): nothing to send.
        else if (result.status === 409) unpushed.delete(docs[i]!._id);
      });
      if (undoneMeanwhile.length > 0) write(undoneMeanwhile);
      settle();
    }).catch(() => settle());
  };

  /** Documents for everything in the store the local database lacks (at start, after an import). */
  function pushMissing() {
    const s = store.getState();
    const docs: Doc[] = [];
    for (const entry of s.progress.log) if (!reviews.has(entry.id) && !deletedReviews.has(entry.id)) docs.push(addReview(entry));
    for (const attempt of s.quiz.attempts) if (!attempts.has(attempt.id)) docs.push(addAttempt(attempt));
    const latest = latestStars(stars.values());
    for (const termId of s.progress.starred) if (!latest.has(termId)) docs.push(addStar(termId, true));
    docs.push(...newNotes(s.progress.notes));
    if (s.settingsChangedAt > settingsAt) void putSettings();
    write(docs);
  }

  /** Documents for the notes written here that the documents do not have yet. */
  function newNotes(mine: TermNotes | undefined): Doc[] {
    const docs: Doc[] = [];
    for (const [termId, note] of Object.entries(mine ?? {})) {
      const known = notes && Object.hasOwn(notes, termId) ? notes[termId] : undefined;
      if (known && known.at === note.at && known.text === note.text) continue;
      if (mergeNotes(notes, { [termId]: note }) === notes) continue; // older than what is known
      notes = mergeNotes(notes, { [termId]: note });
      docs.push(noteDoc(termId, note));
    }
    return docs;
  }

  const addReview = (entry: ReviewLogEntry): Doc => {
    reviews.set(entry.id, entry);
    return reviewDoc(entry);
  };
  const addAttempt = (attempt: QuizAttempt): Doc => {
    attempts.add(attempt.id);
    return attemptDoc(attempt);
  };
  const addStar = (termId: string, starred: boolean): Doc => {
    const at = Math.max(now(), (starState.get(termId)?.at ?? 0) + 1);
    const doc = starDoc({ termId, starred, at });
    stars.set(doc._id, { termId, starred, at });
    starState = latestStars(stars.values());
    return doc;
  };

  async function putSettings() {
    const { settings, settingsChangedAt } = store.getState();
    // Never changed (0): the defaults, which must not overwrite another device's choices.
    if (settingsChangedAt === 0 || settingsChangedAt <= settingsAt) return;
    settingsAt = settingsChangedAt;
    const doc: Doc = { ...settingsDoc(settings, settingsChangedAt) };
    const rev = revs.get(SETTINGS_ID);
    if (rev) doc._rev = rev;
    write([doc]);
  }

  function onStoreChange(next: ReturnType<AppStore['getState']>, prev: ReturnType<AppStore['getState']>) {
    if (stopped) return;
    if (next.replacedAt !== prev.replacedAt) {
      // An import or a reset: what it brought is sent, and nothing on the server is lost.
      pushMissing();
      schedule({ attempts: [], settings: null });
      return;
    }
    const docs: Doc[] = [];
    if (next.progress.log !== prev.progress.log) {
      for (const entry of next.progress.log) if (!reviews.has(entry.id) && !deletedReviews.has(entry.id)) docs.push(addReview(entry));
    }
    if (next.undoneReviews !== prev.undoneReviews) {
      for (const [id] of next.undoneReviews) {
        if (prev.undoneReviews.has(id) || !reviews.has(id)) continue;
        reviews.delete(id);
        deletedReviews.add(id);
        const rev = revs.get(reviewDocId(id));
        if (rev) docs.push({ _id: reviewDocId(id), _rev: rev, _deleted: true });
      }
    }
    if (next.progress.starred !== prev.progress.starred) {
      const was = new Set(prev.progress.starred);
      const is = new Set(next.progress.starred);
      for (const termId of new Set([...was, ...is])) {
        const starred = is.has(termId);
        if (was.has(termId) === starred) continue;
        if ((starState.get(termId)?.starred ?? false) !== starred) docs.push(addStar(termId, starred));
      }
    }
    if (next.progress.notes !== prev.progress.notes) docs.push(...newNotes(next.progress.notes));
    if (next.quiz.attempts !== prev.quiz.attempts) {
      for (const attempt of next.quiz.attempts) if (!attempts.has(attempt.id)) docs.push(addAttempt(attempt));
    }
    write(docs);
    if (next.settingsChangedAt !== prev.settingsChangedAt) void putSettings();
  }

  // ------------------------------------------------------------------------------------------
  // Settings conflicts: the later edit wins, the other revisions are removed.

  async function resolveSettings(doc: Doc) {
    if (doc._rev) revs.set(SETTINGS_ID, doc._rev);
    const conflicts = doc._conflicts ?? [];
    if (conflicts.length === 0) return;
    await pushing; // its writes must come after the point the push starts from
    if (stopped) return;
    const revisions = [doc, ...(await Promise.all(conflicts.map((rev) => local.get(SETTINGS_ID, { rev }).catch(() => null))))].filter(
      (d): d is Doc => d !== null,
    );
    const candidates = revisions.flatMap((d) => {
      const record = readSyncDoc<Settings>(d, now(), (raw) => (typeof raw === 'object' && raw !== null ? restoreSettings(raw, store.getState().settings) : null));
      return record?.kind === 'settings' ? [{ doc: d, settings: record.settings, changedAt: record.changedAt }] : [];
    });
    const winner = pickLaterSettings(candidates);
    if (!winner) return;
    if (winner.doc._rev !== doc._rev) {
      await local.put({ ...settingsDoc(winner.settings, winner.changedAt), _rev: doc._rev! }).catch(() => undefined);
    }
    for (const rev of conflicts) await local.remove(SETTINGS_ID, rev).catch(() => undefined);
    schedule({ attempts: [], settings: { settings: winner.settings, changedAt: winner.changedAt } });
  }

  // ------------------------------------------------------------------------------------------
  // Documents that came from the server (only this tab writes to the local database: one tab syncs)

  let pending: { attempts: QuizAttempt[]; settings: { settings: Settings; changedAt: number } | null } = { attempts: [], settings: null };
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** While the server is sending a lot (a first sync), changes go into the store once a second, not once a batch. */
  let pulling = false;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    const batch = pending;
    pending = { attempts: [], settings: null };
    if (!stopped) applyToStore(batch);
  };
  function schedule(received: typeof pending) {
    pending.attempts.push(...received.attempts);
    if (received.settings && (!pending.settings || received.settings.changedAt >= pending.settings.changedAt)) pending.settings = received.settings;
    if (timer === undefined) timer = setTimeout(flush, pulling ? PULL_FLUSH_MS : 30);
  }

  function onPulled(docs: readonly Doc[]) {
    const received: typeof pending = { attempts: [], settings: null };
    for (const doc of docs) {
      const record = ingest({ id: doc._id, seq: 0, deleted: doc._deleted === true, doc, changes: [] });
      if (record?.kind === 'attempt') received.attempts.push(record.attempt);
      else if (record?.kind === 'settings') {
        // The revision that arrived may lose to one here: the winner, and any conflict, are read back.
        void local.get(SETTINGS_ID, { conflicts: true }).then(resolveSettings, () => undefined);
        if (!received.settings || record.changedAt >= received.settings.changedAt) received.settings = { settings: record.settings, changedAt: record.changedAt };
      }
    }
    schedule(received);
  }

  // ------------------------------------------------------------------------------------------
  // Replication

  /**
   * How far the server has this database, kept in a local document (never replicated), so that
   * after a reload the status still counts what is waiting.
   */
  const PUSHED = '_local/cloudcards-pushed';
  async function markPushed(seq: number) {
    try {
      const known = await local.get(PUSHED).catch(() => null);
      await local.put({ _id: PUSHED, ...(known?._rev ? { _rev: known._rev } : {}), seq });
    } catch {
      // only the count after a reload would suffer
    }
  }

  /**
   * The push has caught up with what it last read of the local database: what waits now is what
   * the local database holds beyond the point the push reached, and what is still being written
   * into it (a grade a moment ago, which the push has not seen: it must still count, and count
   * after a reload, if the server is out of reach by the time the push reads it).
   */
  async function caughtUp() {
    const through = pushedThrough;
    const beyond = through === undefined ? new Set<string>() : await local.changes({ since: through }).then((changes) => new Set(changes.results.map((change) => change.id)), () => null);
    if (!beyond || stopped) return;
    for (const id of unpushed) if (!beyond.has(id) && !writingIds.has(id)) unpushed.delete(id);
    settle();
    if (through !== undefined) void markPushed(through);
  }

  const options = { live: true, retry: true, back_off_function: backOff };

  function replicate() {
    const pull = local.replicate.from(remote, { ...options, batch_size: PULL_BATCH, batches_limit: 2 });
    pull.on('change', (info) => onPulled(info.docs));
    pull.on('active', () => (pulling = true));
    pull.on('paused', () => {
      pulling = false;
      // Caught up (or the server is gone): what arrived goes into the store now.
      if (timer !== undefined) {
        clearTimeout(timer);
        timer = setTimeout(flush, 0);
      }
      if (held) void startPush();
    });
    watch(pull);
    replications.push(pull);
    if (!held) startPush();
  }

  /**
   * The push, once the first pull has caught up. When everything here was on the server at start,
   * it starts after the documents that just came from there (nothing else was written meanwhile),
   * so it never reads them back; the documents held meanwhile are written then.
   */
  async function startPush(): Promise<void> {
    let since: number | string | undefined;
    if (held) {
      const waiting = held;
      held = null;
      if (levelAtStart) since = await local.info().then((info) => info.update_seq, () => undefined);
      const docs = await Promise.all(waiting.map(laterSettingsOnly));
      if (stopped) return;
      write(docs.filter((doc): doc is Doc => doc !== null));
      pushStarted();
    }
    const push = local.replicate.to(remote, { ...options, batch_size: 500, ...(since === undefined ? {} : { since }) });
    if (typeof since === 'number') pushedThrough = Math.max(pushedThrough ?? 0, since);
    // Each batch the push has sent (or found on the server already) and recorded as done.
    push.on('checkpoint', (info) => {
      if (typeof info.checkpoint === 'number') pushedThrough = Math.max(pushedThrough ?? 0, info.checkpoint);
    });
    push.on('change', (info) => {
      for (const doc of info.docs) unpushed.delete(doc._id);
      settle();
    });
    push.on('paused', (error) => {
      if (!error) void caughtUp();
    });
    watch(push);
    replications.push(push);
  }

  /**
   * A settings document held while the server's settings arrived: it replaces them only if it is
   * the later edit (as the revision they arrived with), and is dropped otherwise.
   */
  async function laterSettingsOnly(doc: Doc): Promise<Doc | null> {
    if (doc._id !== SETTINGS_ID || doc._deleted) return doc;
    const arrived = await local.get(SETTINGS_ID).catch(() => null);
    if (!arrived?._rev) return doc;
    const theirs = typeof arrived.changedAt === 'number' ? arrived.changedAt : 0;
    const ours = typeof doc.changedAt === 'number' ? doc.changedAt : 0;
    return ours > theirs ? { ...doc, _rev: arrived._rev } : null;
  }

  function watch(replication: Replication) {
    replication.on('active', () => {
      if (problem?.state === 'offline') problem = null;
      settle();
    });
    replication.on('paused', (error) => {
      if (error) failWith(error);
      else {
        problem = null;
        settle();
      }
    });
    replication.on('requestError', failWith);
    replication.on('denied', failWith);
    replication.on('error', failWith);
  }

  const onOnline = () => {
    // Back online: try at once rather than wait out the back-off.
    for (const replication of replications) replication.cancel();
    replications = [];
    if (!stopped) replicate();
  };
  const onOffline = () => settle();

  // ------------------------------------------------------------------------------------------
  // Start

  setSyncStatus({ state: 'connecting' });
  const started = (async () => {
    const all = await local.changes({ since: 0, include_docs: true, conflicts: true });
    const pushedSeq = await local.get(PUSHED).then((doc) => (typeof doc.seq === 'number' ? doc.seq : 0), () => 0);
    levelAtStart = typeof all.last_seq === 'number' && all.last_seq <= pushedSeq;
    const received: typeof pending = { attempts: [], settings: null };
    for (const change of all.results) {
      if (typeof change.seq === 'number' && change.seq > pushedSeq) unpushed.add(change.id);
      const record = ingest(change);
      if (record?.kind === 'attempt') received.attempts.push(record.attempt);
      if (record?.kind === 'settings') {
        received.settings = { settings: record.settings, changedAt: record.changedAt };
        if (change.doc?._conflicts?.length) void resolveSettings(change.doc);
      }
    }
    if (stopped) return;
    starState = latestStars(stars.values());
    pushMissing();
    applyToStore(received);
    unsubscribe = store.subscribe(onStoreChange);
    replicate();
    if (typeof window !== 'undefined') {
      window.addEventListener('online', onOnline);
      window.addEventListener('offline', onOffline);
    }
    settle();
  })().catch((error: unknown) => setSyncStatus({ state: 'error', message: error instanceof Error ? error.message : String(error) }));

  return {
    stop: async ({ destroy = false } = {}) => {
      stopped = true;
      await started;
      clearTimeout(timer);
      unsubscribe();
      for (const replication of replications) replication.cancel();
      if (typeof window !== 'undefined') {
        window.removeEventListener('online', onOnline);
        window.removeEventListener('offline', onOffline);
      }
      await writing.catch(() => undefined);
      setSyncStatus({ state: 'off' });
      if (destroy) await local.destroy().catch(() => undefined);
      else await local.close().catch(() => undefined);
    },
  };
}
