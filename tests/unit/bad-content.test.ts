/**
 * Bad content, made from real content: content/ is copied to a temporary folder, one field of one
 * real entry is broken at a time, and the content check must fail naming the file and the field,
 * while every other file of the folder stays as it was. content/ itself is never touched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../../src/lib/validation';

const root = fileURLToPath(new URL('../..', import.meta.url));
let copy: string;

const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
const fingerprint = (dir: string) => new Map(walk(dir).map((f) => [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]));

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'mp-bad-content-'));
  cpSync(join(root, 'content'), join(copy, 'content'), { recursive: true });
  cpSync(join(root, 'src/i18n/translations'), join(copy, 'src/i18n/translations'), { recursive: true });
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const practice = 'content/practices/thailand-migrant-friendly-health-services.mdx';
const programme = `content/programmes/${
  readdirSync(join(root, 'content/programmes'))
    .filter((f) => f.endsWith('.mdx'))
    .sort()[0]
}`;

/** [what is broken, file, change to its text, what the message must say after "file[:line] "] */
const mutations: [string, string, (text: string) => string, RegExp][] = [
  [
    'unknown objective',
    practice,
    (t) => t.replace('{ number: 4, reason', '{ number: 31, reason'),
    /gcm\.objectives\[1\]\.number = 31: must be 1\.\.23/,
  ],
  [
    'bad country code',
    practice,
    (t) => t.replace('countries: [THA]', 'countries: [XTH]'),
    /countries\[0\] = "XTH": must be an ISO 3166-1 alpha-3 country code/,
  ],
  ['missing title', practice, (t) => t.replace(/^title: .*\n/m, ''), /title: missing/],
  ['wrong type', practice, (t) => t.replace('global: false', 'global: "no"'), /global = "no": /],
  [
    'broken reference',
    practice,
    (t) => t.replace('approaches: [migrant-inclusive-universal-health-coverage]', 'approaches: [no-such-approach]'),
    /approaches\[0\] = "no-such-approach"/,
  ],
  [
    'malformed MDX',
    practice,
    (t) => t.replace(/(## How it works\n)/, '$1\n<Cite doc="002" lines="220"\n'),
    /^:\d+ body: not valid MDX: Unexpected character after `<`/,
  ],
  ['unclosed front matter', practice, (t) => t.replace(/\n---\n/, '\n\n'), /front matter/],
  [
    'citation past the end of its source',
    practice,
    (t) => t.replace('cite: { doc: "002", lines: "222" }', 'cite: { doc: "002", lines: "99998-99999" }'),
    /cites 002 lines 99998-99999: document 002 has \d+ lines/,
  ],
  [
    'dictionary: a key left empty',
    'src/i18n/translations/fr.json',
    (t) => t.replace(/"nav\.practices": "[^"]*"/, '"nav.practices": ""'),
    /^: nav\.practices: expected a non-empty string/,
  ],
  ['dictionary: a key missing', 'src/i18n/translations/ru.json', (t) => t.replace(/\n {2}"nav\.about": "[^"]*",/, ''), /^: nav\.about: missing/],
  [
    'dictionary: a key English does not have',
    'src/i18n/translations/es.json',
    (t) => t.replace('{\n', '{\n  "nav.practises": "Prácticas",\n'),
    /^: nav\.practises: unknown key/,
  ],
  [
    'dictionary: a placeholder renamed',
    'src/i18n/translations/zh.json',
    (t) => t.replace(/("objectives\.objective": "[^"]*)\{n\}/, '$1{number}'),
    /^: objectives\.objective: placeholders \{number\} should be \{n\}/,
  ],
  [
    'dictionary: a plural form the language does not have',
    'src/i18n/translations/zh.json',
    (t) => t.replace('{\n', '{\n  "list.count.one": "1 个做法",\n'),
    /^: list\.count\.one: unknown key/,
  ],
  [
    'taxonomy labels: a service area missing',
    'content/taxonomies/translations/ar.json',
    (t) => {
      const json = JSON.parse(t) as { serviceAreas: Record<string, unknown> };
      delete json.serviceAreas.health;
      return JSON.stringify(json, null, 2);
    },
    /^: serviceAreas\.health: missing: expected an object with the keys name/,
  ],
  [
    'taxonomy labels: an objective title empty',
    'content/taxonomies/translations/es.json',
    (t) => {
      const json = JSON.parse(t) as { gcmObjectives: Record<string, { title: string }> };
      json.gcmObjectives['15']!.title = ' ';
      return JSON.stringify(json, null, 2);
    },
    /^: gcmObjectives\.15\.title: expected a non-empty string/,
  ],
  [
    'taxonomy labels: an id that no taxonomy has',
    'content/taxonomies/translations/fr.json',
    (t) => {
      const json = JSON.parse(t) as { regions: Record<string, string> };
      json.regions.atlantis = 'Atlantide';
      return JSON.stringify(json, null, 2);
    },
    /^: regions\.atlantis: unknown key/,
  ],
  ['taxonomy labels: not JSON', 'content/taxonomies/translations/ru.json', (t) => t.slice(0, -3), /^: not valid JSON/],
  [
    'translated page: citation past the end of its source',
    'content/pages/es/about.mdx',
    (t) => t.replace('lines="1178"', 'lines="99999"'),
    /cites 002 lines 99999: document 002 has \d+ lines/,
  ],
  [
    'translated page: a citation dropped',
    'content/pages/fr/about.mdx',
    (t) => t.replace(/<Cite doc="002" lines="1176" \/>/, ''),
    /^: its <Cite> tags must be those of content\/pages\/en\/about\.mdx, in the same order \(9 there, 8 here\)/,
  ],
  [
    'translated page: a section anchor renamed',
    'content/pages/zh/accessibility.mdx',
    (t) => t.replace('<H2 id="report">', '<H2 id="contact">'),
    /^: its <H2 id> anchors must be those of content\/pages\/en\/accessibility\.mdx: what-we-test, known-limits, report/,
  ],
  ['programme: unknown objective', programme, (t) => t.replace(/number: \d+/, 'number: 0'), /gcm\.objectives\[0\]\.number = 0: must be 1\.\.23/],
];

describe('translation files for a locale the site does not have', () => {
  it.each([
    ['src/i18n/translations/de.json', '{}'],
    ['content/taxonomies/translations/pt.json', '{}'],
    ['content/glossary/it.json', '{}'],
  ])('%s fails the check, naming the file and the configured locales', (file, text) => {
    const path = join(copy, file);
    writeFileSync(path, text);
    try {
      const { problems } = checkContent(join(copy, 'content'), copy);
      expect(problems).toEqual([
        expect.stringMatching(new RegExp(`^${file.replace(/\./g, '\\.')}: "\\w+" is not a configured locale \\(configured: en, es, fr, ar, ru, zh`)),
      ]);
    } finally {
      rmSync(path);
    }
  });
});

describe('a real entry broken one field at a time', () => {
  it('passes the check before it is broken', () => {
    expect(checkContent(join(copy, 'content'), copy).problems).toEqual([]);
  });

  it.each(mutations)('%s: fails naming the file and the field, and changes nothing else', (_, file, mutate, expected) => {
    const path = join(copy, file);
    const original = readFileSync(path, 'utf8');
    const broken = mutate(original);
    expect(broken, 'the mutation applies').not.toBe(original);
    writeFileSync(path, broken);
    const before = fingerprint(copy);
    try {
      const { problems } = checkContent(join(copy, 'content'), copy);
      expect(problems.length, 'the check fails').toBeGreaterThan(0);
      // Every problem names the broken file, and one says what is wrong with the field.
      expect(
        problems.filter((p) => !p.startsWith(file)),
        'problems in other files',
      ).toEqual([]);
      expect(problems.map((p) => p.slice(file.length))).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
      expect(fingerprint(copy), 'files in the folder after the check').toEqual(before);
    } finally {
      writeFileSync(path, original);
    }
  });
});
