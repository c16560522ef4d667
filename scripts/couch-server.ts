/**
 * A CouchDB-compatible server on 127.0.0.1 for trying sync and for the tests: PouchDB Server
 * (pouchdb-server, a devDependency), in memory or on disk, with an admin, learners and one
 * database per learner that only that learner may open (its `_security` members), as on Apache
 * CouchDB. Used by `npm run sync-server`, the end-to-end tests and the benchmarks.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type CouchUser = { name: string; password: string; database: string };

export type CouchServerOptions = {
  port: number;
  /** Keep databases in this folder (so a restart keeps them); absent: in memory. */
  dir?: string;
  admin?: { name: string; password: string };
  users?: CouchUser[];
  /** Print the server's request log. */
  log?: boolean;
};

export type CouchServer = {
  url: string;
  admin: { name: string; password: string };
  /** Stops the server for good. */
  stop: () => Promise<void>;
  /** Stops the server's process only, as a crash would (the data stays when it is on disk). */
  stopProcess: () => Promise<void>;
  /** Starts it again on the same port (and folder). */
  restart: () => Promise<void>;
  /** A request as the admin. */
  adminRequest: (method: string, path: string, body?: unknown) => Promise<{ status: number; body: unknown }>;
};

const BIN = join(import.meta.dirname, '..', 'node_modules', '.bin', 'pouchdb-server');

async function waitUntilUp(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited (${child.exitCode}):\n${output()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`pouchdb-server did not start on ${url}:\n${output()}`);
}

export async function startCouchServer(options: CouchServerOptions): Promise<CouchServer> {
  const { port, dir } = options;
  const admin = options.admin ?? { name: 'admin', password: 'admin-password' };
  const url = `http://127.0.0.1:${port}`;
  // pouchdb-server keeps its config and log in files: a folder of their own, not the project.
  const home = mkdtempSync(join(tmpdir(), 'cloudcards-couch-'));
  if (dir) mkdirSync(dir, { recursive: true });
  let child: ChildProcess | undefined;

  const launch = async () => {
    const args = ['--port', String(port), '--host', '127.0.0.1', '--config', join(home, 'config.json'), '--no-color'];
    args.push(...(dir ? ['--dir', dir] : ['--in-memory']));
    if (!options.log) args.push('--no-stdout-logs');
    let output = '';
    child = spawn(BIN, args, { cwd: home, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (options.log) process.stdout.write(chunk);
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitUntilUp(url, child, () => output);
  };

  const request = async (method: string, path: string, body?: unknown, auth: string | null = basic(admin.name, admin.password)) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON
    }
    return { status: response.status, body: parsed };
  };

  const setUp = async () => {
    // The first admin ends the "admin party" (anyone may do anything); afterwards, sign in as it.
    const config = await request('PUT', `/_config/admins/${admin.name}`, admin.password, null);
    if (config.status !== 200 && config.status !== 401) throw new Error(`Could not create the admin: ${JSON.stringify(config.body)}`);
    for (const user of options.users ?? []) {
      const id = `org.couchdb.user:${user.name}`;
      const existing = await request('GET', `/_users/${encodeURIComponent(id)}`);
      if (existing.status === 404) await must(request('PUT', `/_users/${encodeURIComponent(id)}`, { name: user.name, password: user.password, roles: [], type: 'user' }));
      const db = await request('PUT', `/${encodeURIComponent(user.database)}`);
      if (db.status !== 201 && db.status !== 412) throw new Error(`Could not create ${user.database}: ${JSON.stringify(db.body)}`);
      await must(
        request('PUT', `/${encodeURIComponent(user.database)}/_security`, {
          admins: { names: [], roles: [] },
          members: { names: [user.name], roles: [] },
        }),
      );
    }
  };

  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGTERM');
    });
  };

  await launch();
  await setUp();
  const cleanUp = () => {
    if (child && child.exitCode === null) child.kill('SIGTERM');
  };
  process.once('exit', cleanUp);

  return {
    url,
    admin,
    adminRequest: (method, path, body) => request(method, path, body),
    stop: async () => {
      await stop();
      process.off('exit', cleanUp);
      rmSync(home, { recursive: true, force: true, maxRetries: 3 });
    },
    stopProcess: stop,
    restart: async () => {
      await stop();
      await launch();
      await setUp(); // in memory, the users and databases went with the process
    },
  };
}

function basic(name: string, password: string): string {
  return `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;
}

async function must(response: Promise<{ status: number; body: unknown }>): Promise<void> {
  const { status, body } = await response;
  if (status >= 300) throw new Error(`CouchDB said ${status}: ${JSON.stringify(body)}`);
}

/** A fresh folder for an on-disk server. */
export function temporaryDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'cloudcards-couch-data-'));
}

export function removeDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}
