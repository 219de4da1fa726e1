import { serveDist } from '/work/main/scripts/serve-dist.mjs';
import { chromium } from 'playwright-core';
const { origin, close } = await serveDist('/work/main/dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
for (const p of process.argv.slice(2)) {
  await page.goto(origin + p);
  console.log(p, await page.evaluate(() => ['header', '.mp-header__brand', '.mp-menu summary', '.mp-search-form', '.mp-breadcrumbs', 'main h1'].map((s) => { const r = document.querySelector(s)?.getBoundingClientRect(); return `${s}:${r?.top.toFixed(0)}+${r?.height.toFixed(0)}`; }).join(' ')));
}
await browser.close(); await close();
