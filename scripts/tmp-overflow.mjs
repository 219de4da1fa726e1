import { serveDist } from './serve-dist.mjs';
import { chromium } from 'playwright-core';
const { origin, close } = await serveDist('dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
await page.goto(origin + process.argv[2]);
console.log(await page.evaluate(() => [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > 321 && e.checkVisibility()).slice(0, 3).map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)} ${e.textContent.slice(0, 60)} | ${e.parentElement.outerHTML.slice(0, 300)}`)));
await browser.close(); await close();
