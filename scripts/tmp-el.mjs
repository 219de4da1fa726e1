import { serveDist } from './serve-dist.mjs';
import { chromium } from 'playwright-core';
const { origin, close } = await serveDist('dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 412, height: 900 } });
await page.goto(origin + process.argv[2]);
await page.locator(process.argv[3]).first().screenshot({ path: process.argv[4] });
await browser.close(); await close();
