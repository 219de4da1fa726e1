import { serveDist } from './serve-dist.mjs';
import { chromium } from 'playwright-core';
const { origin, close } = await serveDist('dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const [w, h] = (process.env.SIZE ?? '360x740').split('x').map(Number);
const page = await browser.newPage({ viewport: { width: w, height: h }, deviceScaleFactor: 1 });
for (const [path, file] of process.argv.slice(2).map((a) => a.split('='))) {
  await page.goto(origin + path);
  const top = await page.evaluate(() => document.querySelector('main h1')?.getBoundingClientRect().top);
  console.log(path, 'h1 top', top);
  await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
}
await browser.close(); await close();
