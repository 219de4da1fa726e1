import { describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { assertBuilt, htmlFiles } from '../support/dist';
import { localeOfPath, locales } from '../../src/i18n/locales';

// Every built page against html-validate's recommended rules (.htmlvalidate.json at the root:
// no rule is turned off; a rule turned off there must say why). One test per locale: some 480
// pages each, every page of every language.
describe('every built page', () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  it.each(locales)('%s: is valid HTML by html-validate:recommended', async (locale) => {
    assertBuilt();
    const pages = htmlFiles().filter((p) => localeOfPath(p.url) === locale);
    const errors: string[] = [];
    for (const { url, file } of pages) {
      const report = await validator.validateFile(file);
      for (const result of report.results)
        for (const m of result.messages) errors.push(`${url}:${m.line}:${m.column} [${m.ruleId}] ${m.message} (${m.selector ?? ''})`);
    }
    expect(pages.length).toBeGreaterThan(400);
    expect(errors).toEqual([]);
  }, 120_000);
});
