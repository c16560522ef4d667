/**
 * npm run sync-server: a CouchDB-compatible server (PouchDB Server) on 127.0.0.1 to sync
 * CloudCards with, and what to type into Settings → Sync. In memory unless --dir is given:
 *
 *   npm run sync-server                       # port 5984, in memory
 *   npm run sync-server -- --port 5985 --dir ./couch-data
 *
 * Only this machine can reach it (127.0.0.1). For a server you keep, use Apache CouchDB
 * (README: "Sync between devices").
 */
import { startCouchServer } from './couch-server';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

const port = Number(option('port') ?? process.env.PORT ?? 5984);
const dir = option('dir');
const user = { name: option('user') ?? 'learner', password: option('password') ?? 'cloudcards', database: option('db') ?? 'cloudcards' };

const server = await startCouchServer({ port, ...(dir ? { dir } : {}), users: [user], log: process.argv.includes('--log') });

console.log(`
CouchDB-compatible server (PouchDB Server) running at ${server.url}/ ${dir ? `(data in ${dir})` : '(in memory: stopping it forgets everything)'}

In CloudCards, open Settings → Sync and type:
  Server URL   ${server.url}
  Database     ${user.database}
  User name    ${user.name}
  Password     ${user.password}
Then "Test connection" and "Start syncing". Do the same in a second browser (or a private
window) to see two devices sync.

Server admin: ${server.admin.name} / ${server.admin.password}   (${server.url}/_utils)
Press Ctrl+C to stop.`);

const shutdown = () => void server.stop().then(() => process.exit(0));
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
