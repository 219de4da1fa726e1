/**
 * Money as data: amounts are { value, currency }. Totals are always computed from the lines,
 * never typed, and compared with the totals the documents print.
 */
export interface Amount {
  value: number;
  currency: string;
}
export interface BudgetLine {
  agency: string;
  approved?: Amount;
  received?: Amount;
}

/** Sum of amounts by currency, in first-seen order; cents kept exact by summing in cents. */
export function sumByCurrency(amounts: readonly (Amount | undefined)[]): Amount[] {
  const cents = new Map<string, number>();
  for (const a of amounts) if (a) cents.set(a.currency, (cents.get(a.currency) ?? 0) + Math.round(a.value * 100));
  return [...cents].map(([currency, c]) => ({ currency, value: c / 100 }));
}

/** Approved and received totals of a budget, computed from its lines. */
export function budgetTotals(lines: readonly BudgetLine[]) {
  return { approved: sumByCurrency(lines.map((l) => l.approved)), received: sumByCurrency(lines.map((l) => l.received)) };
}

/** Does a computed total equal the printed one (to the cent)? */
export const sameAmount = (a: Amount | undefined, b: Amount | undefined) =>
  !!a && !!b && a.currency === b.currency && Math.round(a.value * 100) === Math.round(b.value * 100);

/**
 * "US$ 1,250,000" / "US$ 1,250,000.50": how amounts read on the page, the digits grouped as the
 * page's language groups them ("US$ 1 250 000" in French); `intl` is the locale's Intl tag.
 */
export function formatAmount(a: Amount, intl = 'en-US'): string {
  const symbol = a.currency === 'USD' ? 'US$' : a.currency;
  const digits = Number.isInteger(a.value) ? 0 : 2;
  return `${symbol} ${a.value.toLocaleString(intl, { minimumFractionDigits: digits, maximumFractionDigits: 2 })}`;
}
