import { databaseUrl, isCouchWelcome, readDatabaseStatus, type ProbeResult, type SyncTarget } from '../../domain/sync-target';

export const authHeader = (target: Pick<SyncTarget, 'username' | 'password'>) => {
  const bytes = new TextEncoder().encode(`${target.username}:${target.password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
};

async function getJson(url: string, headers: Record<string, string>): Promise<{ status: number; body: unknown } | null> {
  try {
    const response = await fetch(url, { headers: { accept: 'application/json', ...headers }, credentials: 'omit', cache: 'no-store' });
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    return { status: response.status, body };
  } catch {
    return null;
  }
}

const reasonOf = (body: unknown) => (typeof body === 'object' && body !== null && typeof (body as { reason?: unknown }).reason === 'string' ? (body as { reason: string }).reason : '');

/**
 * "Test connection": is it a CouchDB server, does it take the user name and password, is the
 * database there and may this user open it. Three reads; nothing of the learner's is sent.
 */
export async function probeTarget(target: SyncTarget): Promise<ProbeResult> {
  const root = await getJson(`${target.server}/`, {});
  if (!root) return { status: 'unreachable' };
  if (!isCouchWelcome(root.body)) return { status: 'not-couchdb' };
  const auth = { authorization: authHeader(target) };
  const session = await getJson(`${target.server}/_session`, auth);
  if (!session) return { status: 'unreachable' };
  if (session.status === 401) return { status: 'unauthorized' };
  const db = await getJson(databaseUrl(target), auth);
  if (!db) return { status: 'unreachable' };
  return readDatabaseStatus(db.status, reasonOf(db.body));
}
