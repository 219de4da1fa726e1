/**
 * Does a figure appear in the lines it cites? Pure functions for `npm run check:citations`:
 * a key figure's numbers (or its words, where it has no digits) must be printed within its cited
 * lines. Separators do not matter ("235.000", "235,000" and "235 000" are the same digits).
 */

/** The numbers written in a text, as digit strings without separators: "US$ 1,250,000.50" → ["125000050"]. */
export function numbersIn(text: string): string[] {
  // Thousands separators only between groups of three digits, so "2016, 60%" stays two numbers.
  return [...text.matchAll(/\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?/g)].map((m) => m[0].replace(/\D/g, ''));
}

const normaliseWords = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();

/**
 * Why `value` is not found in `citedText`, or undefined when it is. Each number of the value must
 * be one of the numbers of the text (or part of one: "60" in "60%"); a value without digits must
 * appear as words.
 */
export function figureProblem(value: string | number, citedText: string): string | undefined {
  const wanted = numbersIn(String(value));
  if (wanted.length === 0) {
    return ` ${normaliseWords(citedText)} `.includes(` ${normaliseWords(String(value))} `)
      ? undefined
      : `the words "${value}" are not in the cited lines`;
  }
  const printed = numbersIn(citedText);
  const missing = wanted.filter((w) => !printed.some((p) => p === w || (w.length >= 4 && p.includes(w))));
  return missing.length ? `${missing.map((m) => `"${m}"`).join(', ')} of "${value}" not printed in the cited lines` : undefined;
}
