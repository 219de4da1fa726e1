import { load } from 'cheerio';
import { readFileSync, readdirSync, statSync } from 'node:fs';
const en = JSON.parse(readFileSync('src/i18n/translations/en.json', 'utf8'));
const locale = process.argv[2] ?? 'es';
const values = [...new Set(Object.values(en).flatMap((v) => v.split(/\{\w+\}/)).map((s) => s.trim()).filter((s) => s.length >= 8 && /[a-z]{3}/.test(s)))];
const walk = (d) => readdirSync(d).flatMap((f) => { const p = `${d}/${f}`; return statSync(p).isDirectory() ? walk(p) : p.endsWith('.html') ? [p] : []; });
const files = walk(`dist/${locale}`);
const found = new Map();
for (const f of files) {
  const $ = load(readFileSync(f, 'utf8'));
  $('[lang="en"]').remove(); $('script,style,code').remove();
  const text = $('body').text().replace(/\s+/g, ' ');
  const attrs = $('[aria-label],[title],[placeholder],[alt]').map((_, e) => [$(e).attr('aria-label'), $(e).attr('title'), $(e).attr('placeholder'), $(e).attr('alt')].filter(Boolean).join(' ')).get().join(' ');
  const all = text + ' ' + attrs + ' ' + $('title').text();
  for (const v of values) if (all.includes(v)) { const k = v; if (!found.has(k)) found.set(k, f); }
  const words = all.match(/\b(the|and|of|with|entries|entry|practice|Objective|Source|lines?)\b/g);
  if (words && words.length > 3 && !found.has('WORDS:' + f)) found.set('WORDS:' + f, words.slice(0, 8).join(','));
}
let n = 0;
for (const [k, v] of found) { if (n++ < 60) console.log(k.slice(0, 80), '→', v); }
console.log(files.length, 'files', found.size, 'findings');
