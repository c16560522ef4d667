/**
 * Where the learner's data is synced: a CouchDB server, a database on it, and the account.
 * Only `https:` servers are accepted, and plain `http:` only on this machine (127.0.0.1,
 * localhost; the CSP allows no more) for trying it out: a password and a study history do not cross a network
 * in the clear. A URL that carries the user, the password or the database is taken apart.
 */
export type SyncTarget = {
  /** The server's origin and path, without credentials, query or trailing slash. */
  server: string;
  database: string;
  username: string;
  password: string;
};

export type TargetIssue = 'bad-url' | 'insecure' | 'no-database' | 'bad-database' | 'no-username' | 'no-password';

export type TargetInput = { url: string; database: string; username: string; password: string };

const LOOPBACK = new Set(['127.0.0.1', 'localhost']);

/** CouchDB's rule for database names. */
const DATABASE_NAME = /^[a-z][a-z0-9_$()+/-]*$/;

export function isLoopback(hostname: string): boolean {
  return LOOPBACK.has(hostname);
}

/** Reads what the learner typed; the fields win over what the URL carries. */
export function readSyncTarget(input: TargetInput): { ok: true; target: SyncTarget } | { ok: false; issue: TargetIssue } {
  let url: URL;
  try {
    url = new URL(input.url.trim());
  } catch {
    return { ok: false, issue: 'bad-url' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, issue: 'bad-url' };
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) return { ok: false, issue: 'insecure' };
  const segments = url.pathname.split('/').filter((part) => part !== '');
  const fromUrl = input.database.trim() === '' && segments.length > 0 ? decodeURIComponent(segments.pop()!) : '';
  const database = input.database.trim() || fromUrl;
  const username = input.username.trim() || decodeURIComponent(url.username);
  const password = input.password || decodeURIComponent(url.password);
  if (database === '') return { ok: false, issue: 'no-database' };
  if (!DATABASE_NAME.test(database) || database.length > 238) return { ok: false, issue: 'bad-database' };
  if (username === '') return { ok: false, issue: 'no-username' };
  if (password === '') return { ok: false, issue: 'no-password' };
  const path = segments.length === 0 ? '' : `/${segments.join('/')}`;
  return { ok: true, target: { server: `${url.origin}${path}`, database, username, password } };
}

/** The database's URL, without credentials (they go in a header). */
export function databaseUrl(target: Pick<SyncTarget, 'server' | 'database'>): string {
  return `${target.server}/${encodeURIComponent(target.database)}`;
}

/** What the server said when it was asked, as the settings screen tells it. */
export type ProbeResult =
  | { status: 'ok' }
  | { status: 'unreachable' }
  | { status: 'not-couchdb' }
  | { status: 'unauthorized' }
  | { status: 'forbidden' }
  | { status: 'no-database' }
  | { status: 'error'; code: number };

/** Whether the body of `GET /` is a CouchDB server's welcome (Apache CouchDB, Cloudant, PouchDB Server). */
export function isCouchWelcome(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const values = Object.values(body as Record<string, unknown>);
  return typeof (body as Record<string, unknown>).version === 'string' && values.some((value) => typeof value === 'string' && /^welcome!?$/i.test(value));
}

/** What an HTTP status of the database (or of replication) means. `reason` tells a refused member from a wrong password. */
export function readDatabaseStatus(status: number, reason = ''): ProbeResult {
  if (status >= 200 && status < 300) return { status: 'ok' };
  if (status === 404) return { status: 'no-database' };
  if (status === 403) return { status: 'forbidden' };
  if (status === 401) return /not (authorized|allowed) to access/i.test(reason) ? { status: 'forbidden' } : { status: 'unauthorized' };
  return { status: 'error', code: status };
}
