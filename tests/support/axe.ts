/**
 * The one place that says which accessibility rules the browser tests apply: axe-core's WCAG 2.0,
 * 2.1 and 2.2 level A and AA rules, and every rule turned off with the reason it is off.
 *
 * axe-core runs inside each page, loaded once per context as an init script. (@axe-core/playwright
 * injects the 550 kB engine again on every check and merges results in an extra blank page: about
 * three times slower over the site's ~480 pages, for frames this site does not have.)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import type { AxeResults, RunOptions } from 'axe-core';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Rule id → why it is off. Empty: no rule is turned off. */
export const disabledAxeRules: Record<string, string> = {};

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Make axe-core available in every page the context opens. */
export const installAxe = (context: BrowserContext) => context.addInitScript({ content: axeSource });

/** The violations on a page, one line each: "rule: selector, selector". */
export async function axeViolations(page: Page): Promise<string[]> {
  const options: RunOptions = {
    runOnly: { type: 'tag', values: wcagTags },
    rules: Object.fromEntries(Object.keys(disabledAxeRules).map((id) => [id, { enabled: false }])),
    resultTypes: ['violations'],
    iframes: false,
  };
  const violations = await page.evaluate(async (opts) => {
    const { axe } = window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } };
    const results = await axe.run(document, opts);
    return results.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, options);
  return violations.map((v) => `${v.id}: ${v.targets.join(', ')}`);
}
