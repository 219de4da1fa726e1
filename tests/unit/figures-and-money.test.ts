import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { figureProblem, numbersIn } from '../../src/lib/figure-check';
import { budgetTotals, formatAmount, sameAmount, sumByCurrency } from '../../src/lib/money';
import { parseMdx } from '../../src/lib/validation';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('figures are found in their cited lines', () => {
  it('reads numbers whatever their separators', () => {
    expect(numbersIn('more than 235.000 consultations')).toEqual(['235000']);
    expect(numbersIn('US$ 1,250,000.50 in 2019')).toEqual(['125000050', '2019']);
    expect(numbersIn('(out of 48 interviews conducted in 2016, 60% of migrants')).toEqual(['48', '2016', '60']);
  });

  it('finds digits and words, and says what is missing', () => {
    expect(figureProblem('235.000', 'gave more than 235.000 consultations')).toBeUndefined();
    expect(figureProblem('235,000', 'gave more than 235.000 consultations')).toBeUndefined();
    expect(figureProblem(1250000, 'a budget of USD 1,250,000')).toBeUndefined();
    expect(figureProblem('three', 'three national centres')).toBeUndefined();
    expect(figureProblem('60%', 'in 2016, 60% of migrants')).toBeUndefined();
    expect(figureProblem('7,000', 'more than 700 migrants')).toMatch(/"7000" of "7,000" not printed/);
    expect(figureProblem('four', 'fourteen centres')).toMatch(/words "four"/);
  });
});

describe('money', () => {
  const lines = [
    { agency: 'IOM', approved: { value: 1000.1, currency: 'USD' }, received: { value: 500, currency: 'USD' } },
    { agency: 'UNDP', approved: { value: 2000.2, currency: 'USD' } },
  ];
  it('adds budget lines to the cent', () => {
    expect(budgetTotals(lines)).toEqual({ approved: [{ value: 3000.3, currency: 'USD' }], received: [{ value: 500, currency: 'USD' }] });
    expect(sumByCurrency([{ value: 1, currency: 'USD' }, { value: 2, currency: 'EUR' }, undefined])).toHaveLength(2);
    expect(sameAmount({ value: 3000.3, currency: 'USD' }, budgetTotals(lines).approved[0])).toBe(true);
    expect(formatAmount({ value: 1250000, currency: 'USD' })).toBe('US$ 1,250,000');
    expect(formatAmount({ value: 99.5, currency: 'USD' })).toBe('US$ 99.50');
  });

  const programmes = () => {
    const dir = `${root}content/programmes`;
    return (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')) : []).map((name) => {
      const parsed = parseMdx(readFileSync(`${dir}/${name}`, 'utf8'));
      if ('error' in parsed) throw new Error(`${name}: ${parsed.error}`);
      return { name, data: parsed.data as { pid: string; budget?: any[]; budgetTotals?: { approved?: any; received?: any } } };
    });
  };

  it('South Africa: the budget lines add up to the printed totals, approved and received', () => {
    const southAfrica = programmes().find((p) => p.data.pid === 'JP-ZAF');
    expect(southAfrica, 'content/programmes has the South Africa programme (JP-ZAF)').toBeDefined();
    const { budget = [], budgetTotals: printed } = southAfrica!.data;
    expect(budget.length).toBeGreaterThan(1);
    const computed = budgetTotals(budget);
    expect(printed?.approved, 'printed approved total').toBeDefined();
    expect(printed?.received, 'printed received total').toBeDefined();
    expect(computed.approved).toEqual([printed!.approved]);
    expect(computed.received).toEqual([printed!.received]);
  });

  it('every programme that prints totals adds up to them', () => {
    for (const { name, data } of programmes()) {
      if (!data.budgetTotals) continue;
      const computed = budgetTotals(data.budget ?? []);
      if (data.budgetTotals.approved) expect(computed.approved, name).toEqual([data.budgetTotals.approved]);
      if (data.budgetTotals.received) expect(computed.received, name).toEqual([data.budgetTotals.received]);
    }
  });
});
