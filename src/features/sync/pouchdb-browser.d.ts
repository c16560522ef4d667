/** The part of PouchDB's API that sync uses (pouchdb-browser ships no types). */
declare module 'pouchdb-browser' {
  export type Doc = { _id: string; _rev?: string; _deleted?: boolean; _conflicts?: string[]; [key: string]: unknown };
  export type Change = { id: string; seq: number | string; deleted?: boolean; doc?: Doc; changes: { rev: string }[] };
  export type PouchError = { status?: number; name?: string; reason?: string; message?: string; error?: string | boolean };
  export type BulkResult = { ok?: boolean; id?: string; rev?: string; error?: string; status?: number };

  type Listener = (...args: never[]) => void;
  export interface Emitter {
    on(event: string, listener: Listener): this;
    cancel(): void;
  }
  export interface Replication extends Emitter, PromiseLike<unknown> {
    on(event: 'change', listener: (info: { docs: Doc[]; docs_written: number; pending?: number }) => void): this;
    on(event: 'paused' | 'requestError' | 'error' | 'denied', listener: (error?: PouchError) => void): this;
    on(event: 'active' | 'complete', listener: () => void): this;
    /** A batch done: `checkpoint` is the source's sequence up to which the replication is recorded as done. */
    on(event: 'checkpoint', listener: (info: { checkpoint?: number | string }) => void): this;
  }
  export interface ChangesFeed extends Emitter {
    on(event: 'change', listener: (change: Change) => void): this;
    on(event: 'error', listener: (error: PouchError) => void): this;
  }
  export type ReplicateOptions = { live?: boolean; retry?: boolean; batch_size?: number; batches_limit?: number; back_off_function?: (delay: number) => number };

  export default class PouchDB {
    static plugin(plugin: unknown): typeof PouchDB;
    constructor(name: string, options?: { adapter?: string; auto_compaction?: boolean; skip_setup?: boolean; auth?: { username: string; password: string } });
    changes(options: { since: number | string | 'now'; include_docs?: boolean; conflicts?: boolean; live?: boolean }): ChangesFeed &
      PromiseLike<{ results: Change[]; last_seq: number | string }>;
    bulkDocs(docs: Doc[]): Promise<BulkResult[]>;
    info(): Promise<{ update_seq: number | string; doc_count: number }>;
    get(id: string, options?: { rev?: string; conflicts?: boolean }): Promise<Doc>;
    put(doc: Doc): Promise<{ ok: boolean; id: string; rev: string }>;
    remove(id: string, rev: string): Promise<{ ok: boolean; rev: string }>;
    destroy(): Promise<unknown>;
    close(): Promise<unknown>;
    replicate: {
      to(target: PouchDB, options?: ReplicateOptions): Replication;
      from(source: PouchDB, options?: ReplicateOptions): Replication;
    };
  }
}

declare module 'pouchdb-adapter-indexeddb' {
  const plugin: unknown;
  export default plugin;
}
