// The report CLI's readable summary of an ArticleReport.
import type { ArticleReport, SectionKind } from './types';

const KIND_LABEL: Record<SectionKind, string> = {
  facts: 'FACTS', opinion: 'OPINION', analysis: 'ANALYSIS', context: 'CONTEXT', perspectives: 'OTHER VIEWS', reading: 'FURTHER READING',
};

/** Pads cells into columns; the first row is the header. */
export function formatTable([header, ...body]: [string[], ...string[][]]): string[] {
  const widths = header.map((_, column) => Math.max(...[header, ...body].map((row) => row[column]?.length ?? 0)));
  const line = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...body.map(line)];
}

function formatValue(value: number, unit?: string): string {
  const number = value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  if (!unit) return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

export function formatReport(report: ArticleReport, file?: string): string {
  const lines: string[] = [];
  if (file) lines.push(file);
  const { kind, evidence } = report.pageType;
  lines.push(`  URL:        ${report.url ?? '(none)'}`);
  lines.push(`  Page type:  ${kind}${evidence.length > 0 ? ` (${evidence.join('; ')})` : ''}`);
  lines.push(`  Sections:   ${report.sections.length === 0 ? 'none found' : report.sections.length}`);
  if (report.scope === 'article') lines.push('  Read:       the whole article body (no labelled sections)');
  // The kinds' column is as wide as the longest kind on this page, and at least as wide as FACTS and OPINION's.
  const kindWidth = Math.max(9, ...report.sections.map((section) => KIND_LABEL[section.kind].length));
  for (const section of report.sections) {
    const counts = section.paragraphs === 1 ? '1 paragraph' : `${section.paragraphs} paragraphs`;
    lines.push(`    ${KIND_LABEL[section.kind].padEnd(kindWidth)} "${section.label}" · ${counts} · ${section.firstWords}`);
  }
  lines.push(`  Sources:    ${report.sources.length === 0 ? 'none found' : report.sources.length}`);
  for (const source of report.sources) {
    const claims = source.claims === 1 ? '1 claim' : `${source.claims} claims`;
    lines.push(`    ${source.name}${source.role ? ` (${source.role})` : ''} · ${claims}`);
  }
  lines.push(`  Figures:    ${report.figures.length === 0 ? 'none found' : report.figures.length}`);
  lines.push(`  Contested:  ${report.contested.length === 0 ? 'none found' : report.contested.length}`);
  if (report.contested.length > 0) {
    const rows: [string[], ...string[][]] = [['About', 'Source', 'Value']];
    for (const group of report.contested) {
      group.claims.forEach((claim, index) => rows.push([index === 0 ? group.about : '', claim.source, formatValue(claim.value, claim.unit)]));
    }
    lines.push(...formatTable(rows).map((line) => `    ${line}`));
  }
  return lines.join('\n');
}
