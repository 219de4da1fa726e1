import { describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { assertBuilt, htmlPages } from '../support/dist';

// Every built page against html-validate's recommended rules (.htmlvalidate.json at the root:
// no rule is turned off; a rule turned off there must say why).
describe('every built page', () => {
  it('is valid HTML by html-validate:recommended', async () => {
    assertBuilt();
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const pages = htmlPages();
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
