import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser } from './browser';
import { PORT } from './global-setup';
import { serveBuild } from './static-server';

/*
 * Another site may not frame CloudCards: its buttons (reset, import) could be clicked through a
 * disguise. The server refuses with headers (public/_headers for static hosts, the preview
 * server likewise); where a host sends none, the app itself renders only a link to itself.
 */

const FOREIGN_PORT = PORT + 2;
const BARE_PORT = PORT + 3;
const dist = resolve(import.meta.dirname, '../..', process.env.E2E_DIST ?? 'dist');

let browser: Browser;
let foreign: Server;
let bare: Awaited<ReturnType<typeof serveBuild>>;

beforeAll(async () => {
  browser = await launchBrowser();
  // A site of another origin whose page frames whatever URL it is given.
  foreign = createServer((request, response) => {
    const target = new URL(request.url ?? '/', 'http://x').searchParams.get('frame') ?? '';
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><title>Win a prize</title><iframe src="${target.replace(/"/g, '')}" width="800" height="600"></iframe>`);
  });
  await new Promise<void>((done) => foreign.listen(FOREIGN_PORT, '127.0.0.1', done));
  bare = await serveBuild(dist, BARE_PORT); // the same build from a host that sends no headers
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => foreign?.close(done));
  await bare?.close();
});

async function framedBy(page: Page, url: string): Promise<Frame> {
  await page.goto(`http://127.0.0.1:${FOREIGN_PORT}/?frame=${encodeURIComponent(url)}`);
  const element = await page.waitForSelector('iframe');
  await expect.poll(async () => (await element.contentFrame()) !== null).toBe(true);
  return (await element.contentFrame())!;
}

describe('framed by another site', () => {
  it('the server refuses with headers, here and in public/_headers', async () => {
    const response = await fetch(`${baseUrl()}/settings`);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    const headers = await readFile(resolve(dist, '_headers'), 'utf8');
    expect(headers).toContain("Content-Security-Policy: frame-ancestors 'none'");
    expect(headers).toContain('X-Frame-Options: DENY');
  });

  it('the browser shows nothing of the app inside the frame when the headers are sent', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const frame = await framedBy(page, `${baseUrl()}/settings`);
    await page.waitForLoadState('load');
    // The frame is blocked before the app loads: not even its own refusal (the link) is there.
    expect(await frame.getByRole('button').count()).toBe(0);
    expect(await frame.getByRole('heading', { name: 'Settings' }).count()).toBe(0);
    expect(await frame.getByRole('link', { name: /Open CloudCards/ }).count()).toBe(0);
    await context.close();
  });

  it('where a host sends no headers, the app renders only a link to open it, and runs nothing', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const url = `http://127.0.0.1:${BARE_PORT}/settings`;
    const frame = await framedBy(page, url);
    const link = frame.getByRole('link', { name: 'Open CloudCards · 打开云卡' });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(url);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await frame.getByRole('button').count()).toBe(0);
    expect(await frame.getByRole('heading').count()).toBe(0);
    // Opened on its own, the same URL is the app.
    const own = await context.newPage();
    await own.goto(url);
    await own.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await context.close();
  });
});
