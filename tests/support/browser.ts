/** Serving dist/ on loopback and driving it in the system Chromium (no browser download). */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { chromium, type Browser } from 'playwright-core';
import { dist } from './dist';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function serveDist(): Promise<{ origin: string; close: () => Promise<void> }> {
  const assets = sirv(dist, { dev: false, etag: true });
  // As a host that looks for the nearest 404.html: each locale's missing addresses get its own.
  const notFound = (path: string) => {
    const locale = /^\/(es|fr|ar|ru|zh)\//.exec(path)?.[1];
    const own = locale ? join(dist, locale, '404.html') : undefined;
    return readFileSync(own && existsSync(own) ? own : join(dist, '404.html'));
  };
  const server: Server = createServer((req, res) =>
    assets(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(notFound(req.url ?? '/'));
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath))
    throw new Error(`No Chromium at ${chromiumPath}. Install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
