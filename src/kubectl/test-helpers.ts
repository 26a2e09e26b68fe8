/**
 * Test helper: prints a table the way kubectl does (Go text/tabwriter as set up in
 * k8s.io/cli-runtime printers/tabwriter.go: minwidth 6, tabwidth 4, padding 3, padchar ' ', flags 0).
 * A column is as wide as its widest cell plus the padding, and at least minwidth; the last cell of a line
 * is not padded (tabwriter only aligns tab-terminated cells).
 */
export function printTable(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  const MINWIDTH = 6;
  const PADDING = 3;
  const width = (s: string) => [...s].length;
  const widths = columns.map((c, i) => Math.max(MINWIDTH, Math.max(width(c), ...rows.map((r) => width(r[i] ?? ''))) + PADDING));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === cells.length - 1 ? c : c + ' '.repeat((widths[i] ?? 0) - width(c)))).join('');
  return [line(columns), ...rows.map(line)].join('\n');
}
