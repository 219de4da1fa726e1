/**
 * The main finding of each chart, in words: the chart's description for screen readers and its
 * caption for everyone. Computed from the same numbers the chart draws.
 */
import { formatAmount } from './money';
import type { CoverageMatrix, MapCounts, MoneyRow, ObjectiveCoverage } from './chart-data';
import { entryTypes } from './groupings';
import { useTranslations, type Translate, type UiKey } from '../i18n/ui';

/** Findings are written in the page's language: every function takes its translations (English by default). */
const english = (): Translate => useTranslations(undefined);

const usd = (value: number, t: Translate) => formatAmount({ value, currency: 'USD' }, t.intl);
const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : 0);
/** The first of the largest, so ties keep taxonomy order. */
const largest = <T>(list: readonly T[], value: (x: T) => number) =>
  list.reduce<T | undefined>((best, x) => (best === undefined || value(x) > value(best) ? x : best), undefined);

export function coverageFinding(rows: readonly ObjectiveCoverage[], t = english()): string {
  const served = rows.filter((r) => r.total > 0);
  const top = largest(rows, (r) => r.total);
  const empty = rows.filter((r) => r.total === 0).map((r) => r.objective.number);
  const head = t('chart.coverage.finding', {
    served: served.length,
    top: top?.objective.number ?? '–',
    topName: top?.objective.shortName ?? '–',
    topCount: t.plural('list.entries', top?.total ?? 0),
  });
  return `${head} ${empty.length ? t('chart.coverage.gaps', { list: t.list(empty.map(String)) }) : t('chart.coverage.noGaps')}`;
}

export function matrixFinding(m: CoverageMatrix, t = english()): string {
  const cells = m.counts.flatMap((row, r) => row.map((n, c) => ({ n, r, c })));
  const top = largest(cells, (x) => x.n);
  return t('chart.matrix.finding', {
    filled: cells.filter((x) => x.n > 0).length,
    cells: cells.length,
    area: top ? m.rows[top.r]!.name : '–',
    objective: top ? `${m.columns[top.c]!.number}, ${m.columns[top.c]!.shortName}` : '–',
    n: t.plural('list.entries', top?.n ?? 0),
  });
}

export function mapFinding(counts: MapCounts, t = english()): string {
  const most = counts.countries[0]?.count ?? 0;
  const leaders = counts.countries.filter((c) => c.count === most && most > 0).map((c) => c.country.name);
  return t('chart.map.finding', {
    n: counts.countries.length,
    top: leaders.length ? `${t.list(leaders)} (${t.plural('list.entries', most)})` : '–',
    worldwide: entryTypes.reduce((n, type) => n + counts.worldwideOnly[type], 0),
  });
}

export function moneyFinding(rows: readonly MoneyRow[], programmeCount: number, t = english()): string {
  const approved = rows.reduce((a, r) => a + r.approved, 0);
  const received = rows.reduce((a, r) => a + r.received, 0);
  return t('chart.money.finding', {
    n: rows.length,
    total: programmeCount,
    approved: usd(approved, t),
    received: usd(received, t),
    share: percent(received, approved),
  });
}

export function agencyMoneyFinding(rows: readonly MoneyRow[], t = english()): string {
  const approved = rows.reduce((a, r) => a + r.approved, 0);
  const received = rows.reduce((a, r) => a + r.received, 0);
  const top = largest(rows, (r) => r.approved);
  return t('chart.money.agencyFinding', {
    top: top?.label ?? '–',
    topAmount: usd(top?.approved ?? 0, t),
    approved: usd(approved, t),
    received: usd(received, t),
    share: percent(received, approved),
  });
}

export function recommendationFinding<K extends string>(
  rows: readonly { theme: { data: { number: number; shortTitle: string } }; byKind: Record<K, number>; total: number }[],
  kinds: readonly K[],
  t = english(),
  themeTitle: (theme: { data: { number: number; shortTitle: string } }) => string = (theme) => theme.data.shortTitle,
): string {
  const top = largest(rows, (r) => r.total);
  return t('chart.rec.finding', {
    n: rows.reduce((a, r) => a + r.total, 0),
    themes: rows.length,
    top: top ? `${top.theme.data.number}. ${themeTitle(top.theme)}` : '–',
    topCount: top?.total ?? 0,
    kinds: kinds.map((k) => `${t(`chart.kind.${k}` as UiKey)} ${rows.reduce((a, r) => a + r.byKind[k], 0)}`).join(', '),
  });
}
