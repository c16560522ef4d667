import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from './browser';

export const PORT = Number(process.env.E2E_PORT ?? 4174);
const root = resolve(import.meta.dirname, '../..');
/** The build to serve: dist/ unless E2E_DIST names another (so parallel builds don't collide). */
const outDir = resolve(root, process.env.E2E_DIST ?? 'dist');

async function waitForServer(url: string, server: ChildProcess, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with code ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

/** Serves the production build for the whole run; fails loudly when no Chromium or build exists. */
export default async function setup(project: TestProject) {
  findChromium(); // throws with install instructions when missing
  if (!existsSync(resolve(outDir, 'index.html'))) {
    throw new Error(`No production build in ${outDir}. Run \`npm run build\` first (npm test does).`);
  }
  const server = spawn(
    process.execPath,
    [resolve(root, 'node_modules/vite/bin/vite.js'), 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const baseUrl = `http://127.0.0.1:${PORT}`;
  await waitForServer(baseUrl, server);
  project.provide('baseUrl', baseUrl);
  return () => {
    server.kill('SIGTERM');
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
