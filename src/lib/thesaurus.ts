/**
 * The search thesaurus (content/thesaurus.yaml, the single source of truth for which words search
 * treats as one family): parsing and the rules the schema cannot see. Pure, so the content check
 * (run by tsx) and the tests use it too; pages get the parsed file from src/lib/content.ts.
 */
import { parse } from 'yaml';
import { thesaurusFile, type Thesaurus } from '../schemas/thesaurus';

/** Rules the schema cannot see: a term belongs to one family only, so expansion is unambiguous. */
export function thesaurusProblems(data: Thesaurus): { path: (string | number)[]; message: string }[] {
  const seen = new Map<string, string>();
  const problems: { path: (string | number)[]; message: string }[] = [];
  data.groups.forEach((group, g) =>
    group.terms.forEach((term, t) => {
      const other = seen.get(term);
      if (other !== undefined)
        problems.push({ path: ['groups', g, 'terms', t], message: `"${term}" is already in group "${other}": a term may sit in one group only` });
      else seen.set(term, group.name);
    }),
  );
  return problems;
}

export function parseThesaurus(yamlText: string): Thesaurus {
  const result = thesaurusFile.safeParse(parse(yamlText));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`content/thesaurus.yaml: ${issue.path.join('.')}: ${issue.message}`);
  }
  const problem = thesaurusProblems(result.data)[0];
  if (problem) throw new Error(`content/thesaurus.yaml: ${problem.path.join('.')}: ${problem.message}`);
  return result.data;
}
