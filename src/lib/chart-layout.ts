/**
 * Layout for the build-time charts: scales, stacking, count bins and colours, text wrapping and
 * label placement. Pure functions that return numbers and strings; the components in
 * src/components/charts/ only draw what these return. Nothing here reaches the browser.
 */
import { scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';
import { max } from 'd3-array';

/** Average glyph width of the system sans-serif, as a share of the font size: enough to place labels. */
const GLYPH = 0.58;
/** Chinese, Japanese and Korean characters (and full-width forms) take a whole em each. */
const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/g;
export const textWidth = (text: string, fontSize: number) => {
  const wide = text.match(WIDE)?.length ?? 0;
  return ((text.length - wide) * GLYPH + wide) * fontSize;
};

/**
 * Break a label into lines of at most `width` units; past `maxLines`, end the last line with "…".
 * Words break at spaces; Chinese (which has none) may break between any two characters.
 */
export function wrapText(text: string, width: number, fontSize: number, maxLines = 2): string[] {
  const fits = (line: string) => textWidth(line, fontSize) <= width;
  // A token is a word, or one wide character; `space` says whether a space came before it.
  const tokens = [
    ...text.matchAll(
      /(\s*)([\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]|[^\s\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]+)/g,
    ),
  ].map((m) => ({ space: m[1]!.length > 0, text: m[2]! }));
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const next = line ? `${line}${token.space ? ' ' : ''}${token.text}` : token.text;
    if (fits(next) || !line) line = next;
    else {
      lines.push(line);
      line = token.text;
    }
  }
  if (line) lines.push(line);
  const cut = (l: string) => {
    let out = l;
    while (out.length > 1 && !fits(`${out}…`)) out = out.slice(0, -1);
    return `${out.replace(/\s+\S*$/, '') || out}…`;
  };
  if (lines.length <= maxLines) return lines.map((l) => (fits(l) ? l : cut(l)));
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = cut(kept[maxLines - 1]!);
  return kept;
}

export interface BarInput {
  key: string;
  label: string;
  href?: string;
  /** One value per series, in series order. */
  values: number[];
}

export interface BarSegment {
  series: number;
  value: number;
  x: number;
  width: number;
  /** Print the value inside the segment only where it fits. */
  showLabel: boolean;
}

export interface BarRowLayout extends BarInput {
  total: number;
  labelLines: string[];
  /** Baseline of the first label line. */
  labelY: number;
  barY: number;
  segments: BarSegment[];
  /** Where the total is printed, just after the bar. */
  totalX: number;
}

export interface BarOptions {
  width?: number;
  fontSize?: number;
  barHeight?: number;
  /** Room kept on the right for the printed total. */
  totalWidth?: number;
  /** How segment values read inside the bar (e.g. "3" or "US$ 1.0M"). */
  format?: (v: number) => string;
  maxLabelLines?: number;
}

/**
 * Horizontal stacked bars, one row per input, the label on its own line above the bar so that
 * long names stay readable on a 320 px phone. Zero rows keep their label and print "0".
 */
export function stackedBars(rows: readonly BarInput[], seriesCount: number, options: BarOptions = {}) {
  const { width = 320, fontSize = 11, barHeight = 12, totalWidth = 34, format = String, maxLabelLines = 2 } = options;
  const keys = Array.from({ length: seriesCount }, (_, i) => i);
  const stacked = stack<BarInput, number>()
    .keys(keys)
    .value((row, i) => row.values[i] ?? 0)(rows as BarInput[]);
  const largest = max(rows, (r) => r.values.reduce((a, b) => a + b, 0)) ?? 0;
  const x = scaleLinear()
    .domain([0, largest || 1])
    .range([0, width - totalWidth]);
  const lineHeight = Math.round(fontSize * 1.25);
  let y = 0;
  const laid: BarRowLayout[] = rows.map((row, r) => {
    const labelLines = wrapText(row.label, width, fontSize, maxLabelLines);
    const labelY = y + fontSize;
    const barY = y + (labelLines.length - 1) * lineHeight + fontSize + 4;
    y = barY + barHeight + 8;
    const segments = stacked.map((series, s) => {
      const [y0, y1] = series[r]!;
      const segWidth = x(y1) - x(y0);
      return { series: s, value: y1 - y0, x: x(y0), width: segWidth, showLabel: segWidth >= textWidth(format(y1 - y0), fontSize - 1) + 6 };
    });
    const total = row.values.reduce((a, b) => a + b, 0);
    return { ...row, total, labelLines, labelY, barY, segments: segments.filter((g) => g.value > 0), totalX: x(total) + 4 };
  });
  return { width, height: Math.max(y - 8, 1), fontSize, lineHeight, barHeight, rows: laid };
}

/** Sequential blues (ColorBrewer, light to dark): they also print as light-to-dark greys. */
export const sequential = ['#deebf7', '#9ecae1', '#4292c6', '#2171b5', '#08306b'] as const;
/** Fill of a cell or country with no entry: visibly empty, not the lightest shade. */
export const emptyFill = '#ffffff';

/**
 * Count bins for a shading scale: one bin per value up to 3, then doubling (1, 2, 3-4, 5-8, 9-16
 * ...), at most as many bins as shades. Returns the lowest count of each bin.
 */
export function countBins(largest: number, shades = sequential.length): number[] {
  if (largest <= 0) return [];
  const lows = [1];
  while (lows.length < shades) {
    const last = lows.at(-1)!;
    const next = last < 3 ? last + 1 : last * 2 - 1;
    if (next > largest) break;
    lows.push(next);
  }
  return lows;
}

/** Which bin a count falls in (-1 for zero). */
export const binOf = (count: number, lows: readonly number[]) => {
  let bin = -1;
  lows.forEach((low, i) => {
    if (count >= low) bin = i;
  });
  return bin;
};

/** "1", "2", "3–4", "9 or more": how a bin reads in a legend. */
export function binLabels(lows: readonly number[], largest: number): string[] {
  return lows.map((low, i) => {
    const high = i + 1 < lows.length ? lows[i + 1]! - 1 : largest;
    return high === low ? String(low) : `${low}–${high}`;
  });
}

/** Fill for a count: white when empty, else the shade of its bin (spread over the ramp). */
export function fillFor(count: number, lows: readonly number[], ramp: readonly string[] = sequential): string {
  const bin = binOf(count, lows);
  if (bin < 0) return emptyFill;
  const step = lows.length > 1 ? (ramp.length - 1) / (lows.length - 1) : 0;
  return ramp[Math.round(bin * step)]!;
}

/** The map's ramp starts darker: its empty land is pale grey, and the palest blue would not stand out from it. */
export const mapRamp = ['#9ecae1', '#4292c6', '#2171b5', '#08519c', '#08306b'] as const;
export const emptyLand = '#eef0f3';

const channel = (hex: string, i: number) => {
  const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const luminance = (hex: string) => 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 1) + 0.0722 * channel(hex, 2);

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export const darkText = '#1b1f24';
/** Dark or white text, whichever reads better on `fill`. */
export const textOn = (fill: string) => (contrastRatio(fill, darkText) >= contrastRatio(fill, '#ffffff') ? darkText : '#ffffff');

export interface MatrixOptions {
  cell?: number;
  labelWidth?: number;
  headerHeight?: number;
  fontSize?: number;
}

/** Grid positions for a heat map: row labels on the left, column numbers on top. */
export function matrixLayout(counts: readonly (readonly number[])[], options: MatrixOptions = {}) {
  const { cell = 24, labelWidth = 170, headerHeight = 22, fontSize = 12 } = options;
  const columns = counts[0]?.length ?? 0;
  const largest = Math.max(0, ...counts.flat());
  const lows = countBins(largest);
  return {
    width: labelWidth + columns * cell,
    height: headerHeight + counts.length * cell,
    cell,
    labelWidth,
    headerHeight,
    fontSize,
    lows,
    largest,
    cells: counts.flatMap((row, r) =>
      row.map((count, c) => {
        const fill = fillFor(count, lows);
        return { row: r, column: c, count, x: labelWidth + c * cell, y: headerHeight + r * cell, fill, text: textOn(fill) };
      }),
    ),
  };
}

/** "US$ 1.3M", "US$ 450k": short amounts for inside bars (the tables print them in full). */
export function shortUsd(value: number): string {
  if (value >= 1e6) return `US$ ${(value / 1e6).toFixed(value >= 1e7 ? 0 : 1).replace(/\.0$/, '')}M`;
  if (value >= 1e3) return `US$ ${Math.round(value / 1e3)}k`;
  return `US$ ${Math.round(value)}`;
}

/**
 * Fills of the series of a stacked bar: dark blue, light amber, white with hatching. They differ
 * in lightness, so they stay apart in black and white and for colour-blind readers; every
 * segment also has a dark outline (3:1 against the page) and the values are printed.
 */
export const seriesFills = ['#08519c', '#f2b45a', 'hatch'] as const;
export const seriesFill = (style: number, chartId: string) => {
  const fill = seriesFills[style % seriesFills.length]!;
  return fill === 'hatch' ? `url(#${chartId}-hatch)` : fill;
};
/** Text colour for a value printed inside a segment of that style. */
export const seriesText = (style: number) => {
  const fill = seriesFills[style % seriesFills.length]!;
  return fill === 'hatch' ? darkText : textOn(fill);
};

/**
 * A strip of numbered cells wrapped into rows of `perRow` (23 objectives as 12 + 11, so that the
 * strip fits a 320 px phone at a legible size). Each cell has its number above it.
 */
export function stripLayout(counts: readonly number[], options: { perRow?: number; cell?: number; numberHeight?: number } = {}) {
  const { perRow = 12, cell = 26, numberHeight = 14 } = options;
  const lows = countBins(Math.max(0, ...counts));
  const rowHeight = numberHeight + cell + 6;
  return {
    width: Math.min(counts.length, perRow) * cell,
    height: Math.ceil(counts.length / perRow) * rowHeight - 6,
    cell,
    cells: counts.map((count, i) => {
      const fill = fillFor(count, lows);
      const x = (i % perRow) * cell;
      const top = Math.floor(i / perRow) * rowHeight;
      return { index: i, count, x, numberY: top + numberHeight - 3, y: top + numberHeight, fill, text: textOn(fill) };
    }),
  };
}
