/**
 * The six languages: every dictionary and taxonomy file complete, plurals in each language's
 * forms, addresses per locale, and the checks that stop a build on an incomplete translation.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dictionaries, dictionaryProblems, expectedKeys, pluralCategories, useTranslations } from '../../src/i18n/ui';
import { defaultLocale, localeInfo, localeOfPath, locales, pathInLocale, pathsInEveryLocale } from '../../src/i18n/locales';
import { taxonomiesIn, taxonomyReference, taxonomyTranslationProblems, taxonomyTranslations } from '../../src/data/taxonomy-translations';
import { urlsIn } from '../../src/lib/urls';
import { textWidth, wrapText } from '../../src/lib/chart-layout';

const root = fileURLToPath(new URL('../..', import.meta.url));
const others = locales.filter((l): l is Exclude<typeof l, 'en'> => l !== defaultLocale);
const read = (path: string) => JSON.parse(readFileSync(`${root}${path}`, 'utf8')) as Record<string, unknown>;

describe('every locale', () => {
  it('is configured once, with its language, direction and an Intl tag', () => {
    expect(locales).toEqual(['en', 'es', 'fr', 'ar', 'ru', 'zh']);
    expect(locales.filter((l) => localeInfo[l].dir === 'rtl')).toEqual(['ar']);
    for (const l of locales) expect(() => new Intl.NumberFormat(localeInfo[l].intl)).not.toThrow();
  });

  it.each(locales)('%s: its dictionary has every key, none empty, no other, placeholders kept', (locale) => {
    const file = read(`src/i18n/translations/${locale}.json`);
    expect(dictionaryProblems(locale, file)).toEqual([]);
    expect(Object.keys(file).toSorted()).toEqual(expectedKeys(locale).toSorted());
    for (const value of Object.values(file)) expect(String(value).trim()).not.toBe('');
  });

  it.each(others)('%s: its taxonomy file labels every term, none empty, and names its unverified wordings', (locale) => {
    const file = read(`content/taxonomies/translations/${locale}.json`);
    expect(taxonomyTranslationProblems(file)).toEqual([]);
    expect(Array.isArray(file.unverified)).toBe(true);
    const themes = readdirSync(`${root}content/themes`).map((f) => f.replace(/\.mdx$/, ''));
    expect(Object.keys(file.themes as object).toSorted()).toEqual(themes.toSorted());
  });

  it.each(others)('%s: the taxonomies read in its language, every label different from a missing one', (locale) => {
    const tx = taxonomiesIn(locale);
    expect(tx.gcmObjectives).toHaveLength(23);
    expect(tx.objectiveByNumber(15).shortName).toBe(
      (taxonomyTranslations[locale].gcmObjectives as Record<string, { shortName: string }>)['15']!.shortName,
    );
    expect(tx.serviceAreas.map((s) => s.id)).toEqual(taxonomiesIn('en').serviceAreas.map((s) => s.id));
    // Country names come from world-countries' translations.
    expect(tx.countryByCode('TJK').name).not.toBe('Tajikistan');
  });

  it('has its glossary and its prose pages in the folders of configured locales only', () => {
    for (const f of readdirSync(`${root}content/glossary`)) expect(locales).toContain(f.replace(/\.json$/, ''));
    for (const d of readdirSync(`${root}content/pages`)) expect(locales).toContain(d);
    expect(readdirSync(`${root}content/pages/en`).toSorted()).toEqual(['about.mdx', 'accessibility.mdx']);
  });
});

describe('a dictionary check', () => {
  const en = dictionaries.en as Record<string, string>;
  it('names a missing key, an empty one, an unknown one and a changed placeholder', () => {
    const broken: Record<string, unknown> = { ...dictionaries.es, 'nav.home': '', 'nav.homme': 'x', 'objectives.objective': 'Objetivo {num}' };
    delete broken['nav.about'];
    const problems = dictionaryProblems('es', broken);
    expect(problems).toHaveLength(4);
    expect(problems).toEqual(
      expect.arrayContaining([
        'nav.home: expected a non-empty string',
        'nav.about: missing (expected a string, as in en.json)',
        'objectives.objective: placeholders {num} should be {n}',
        'nav.homme: unknown key (not in en.json, or a plural form es does not use)',
      ]),
    );
  });
  it('asks each language for its own plural forms', () => {
    expect(pluralCategories('ar')).toEqual(expect.arrayContaining(['zero', 'one', 'two', 'few', 'many', 'other']));
    expect(pluralCategories('ru')).toEqual(expect.arrayContaining(['one', 'few', 'many', 'other']));
    expect(pluralCategories('zh')).toEqual(['other']);
    expect(expectedKeys('zh').filter((k) => k.startsWith('list.count.'))).toEqual(['list.count.other']);
    expect(Object.keys(en).filter((k) => k.startsWith('list.count.'))).toEqual(['list.count.one', 'list.count.other']);
  });
});

describe('translations in use', () => {
  it('choose the plural form by number and format it for the locale', () => {
    const ru = useTranslations('ru');
    expect(ru.plural('list.count', 1)).toBe(dictionaries.ru['list.count.one']!.replace('{n}', '1'));
    expect(ru.plural('list.count', 3)).toBe(dictionaries.ru['list.count.few']!.replace('{n}', '3'));
    expect(ru.plural('list.count', 5)).toBe(dictionaries.ru['list.count.many']!.replace('{n}', '5'));
    expect(ru.plural('list.count', 21)).toBe(dictionaries.ru['list.count.one']!.replace('{n}', '21'));
    const ar = useTranslations('ar');
    expect(ar.plural('list.entries', 2)).toBe(dictionaries.ar['list.entries.two']!.replace('{n}', '2'));
    expect(ar.plural('list.entries', 11)).toBe(dictionaries.ar['list.entries.many']!.replace('{n}', '11'));
    // Arabic keeps Latin digits: the figures stay those of the sources.
    expect(ar.number(1234)).toMatch(/^1.234$/);
    expect(useTranslations('fr').number(12345)).toMatch(/^12\s345$/u);
    expect(useTranslations('es').date(new Date('2026-03-03'))).toBe('3 de marzo de 2026');
    expect(useTranslations(undefined).locale).toBe('en');
  });
});

describe('addresses per locale', () => {
  it('keep English where handouts print it and prefix the others', () => {
    expect(urlsIn('en').practice('x')).toBe('/practices/x/');
    expect(urlsIn(undefined).objective(15)).toBe('/objectives/15/');
    expect(urlsIn('ar').practice('x')).toBe('/ar/practices/x/');
    expect(urlsIn('zh').search('salud')).toBe('/zh/search/?q=salud');
  });
  it('lead to the same page in another locale, and back', () => {
    expect(pathInLocale('/practices/x/', 'es')).toBe('/es/practices/x/');
    expect(pathInLocale('/es/practices/x/', 'ru')).toBe('/ru/practices/x/');
    expect(pathInLocale('/ru/practices/x/', 'en')).toBe('/practices/x/');
    expect(pathInLocale('/', 'zh')).toBe('/zh/');
    expect(pathInLocale('/zh/', 'en')).toBe('/');
    expect(localeOfPath('/ar/about/')).toBe('ar');
    expect(localeOfPath('/about/')).toBe('en');
  });
  it('build every page type once per locale', () => {
    const paths = pathsInEveryLocale([{ params: { slug: 'a' }, props: 1 }]);
    expect(paths.map((p) => p.params.locale)).toEqual([undefined, 'es', 'fr', 'ar', 'ru', 'zh']);
  });
});

describe('chart labels in Chinese', () => {
  it('are measured a full em per character and wrap between characters', () => {
    expect(textWidth('获得基本服务', 10)).toBe(60);
    expect(textWidth('abc', 10)).toBeCloseTo(17.4);
    const lines = wrapText('移民问题有前景的做法以及可持续的社会融合与包容性发展', 100, 10, 2);
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(textWidth(l, 10)).toBeLessThanOrEqual(100);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });
});

describe('the taxonomy reference', () => {
  it('is what translators translate: every term of every taxonomy', () => {
    expect(Object.keys(taxonomyReference.gcmObjectives!)).toHaveLength(23);
    expect(Object.keys(taxonomyReference.guidingPrinciples!)).toHaveLength(10);
  });
});
