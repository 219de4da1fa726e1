import { describe, expect, it } from 'vitest';
import { addToHead, entryCacheTag, searchPreloadLinks } from '../../src/lib/search-hints';

const entryJson = JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_54d62817f7', wasm: 'en', page_count: 177 } } });

describe('search preload hints', () => {
  it('preloads pagefind.js as a module and the entry, metadata and WebAssembly of the language as fetches', () => {
    const tags = searchPreloadLinks({ entryJson, language: 'en', fetches: ['/search/pages.json'] });
    expect(tags.match(/<link [^>]+>/g)).toEqual([
      '<link rel="modulepreload" href="/pagefind/pagefind.js">',
      `<link rel="preload" href="/pagefind/pagefind-entry.json?ts=${entryCacheTag(entryJson)}" as="fetch" crossorigin>`,
      '<link rel="preload" href="/pagefind/pagefind.en_54d62817f7.pf_meta" as="fetch" crossorigin>',
      '<link rel="preload" href="/pagefind/wasm.en.pagefind" as="fetch" crossorigin>',
      '<link rel="preload" href="/search/pages.json" as="fetch" crossorigin>',
    ]);
  });

  it('tags the entry file by its content: the same index gives the same address, a new one another', () => {
    expect(entryCacheTag(entryJson)).toBe(entryCacheTag(entryJson));
    expect(entryCacheTag(entryJson)).not.toBe(entryCacheTag(entryJson.replace('en_54d62817f7', 'en_0000000000')));
  });

  it("falls back to the index's only language, and fails without any", () => {
    expect(searchPreloadLinks({ entryJson, language: 'fr' })).toContain('pagefind.en_54d62817f7.pf_meta');
    expect(() => searchPreloadLinks({ entryJson: '{"languages":{}}', language: 'en' })).toThrow(/no language/);
  });

  it('adds the tags at the end of the head', () => {
    expect(addToHead('<html><head><title>x</title></head><body></body></html>', '<link>')).toBe(
      '<html><head><title>x</title><link></head><body></body></html>',
    );
    expect(() => addToHead('<p>no head</p>', '<link>')).toThrow(/head/);
  });
});
