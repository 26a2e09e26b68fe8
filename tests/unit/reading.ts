/**
 * A paste's reading as a few lines of text: what the explainer tells a reader about each row, the nodes, the
 * findings, and how every line was accounted for. Written for diffs: one row per line, stable order, no
 * explanation texts (those belong to i18n), so a change in how a paste is read shows as a short diff.
 */
import type { Model } from '../../src/kubectl/index.ts';

export function readingOf(m: Model): string {
  const out: string[] = [];
  out.push(`rows ${m.rows.length}`);
  for (const r of m.rows) {
    const owner = r.workload === null ? '-' : `${r.workload.kind}/${r.workload.name} ${r.workload.confidence}`;
    const ready = r.ready === null ? '-' : `${r.ready.ready}/${r.ready.total}`;
    const restarts = r.restarts === null ? '-' : `${r.restarts.count}${r.restarts.lastAgo === null ? '' : ` (${r.restarts.lastAgo} ago)`}`;
    out.push(
      `  L${r.line} ${r.namespace ?? '?'}/${r.name} | ${ready} ${r.status ?? '-'} ${restarts} ${r.age ?? '-'} | ${r.severity} ${r.phase ?? '-'} | ` +
        `${owner} | ${r.component ?? '-'} | ${r.node ?? '-'} ${r.ip ?? '-'} ${r.network} | ${r.readBy}`,
    );
    out.push(`      ${r.explanations.join(' ')} :: ${r.next.map((n) => n.command).join(' ; ')}`);
  }
  out.push(`nodes ${m.nodes.length}`);
  for (const n of m.nodes) out.push(`  ${n.name} ${n.role} pods=${n.pods}${n.podsKnown ? '' : '?'} address=${n.address ?? '-'} ${n.components.join(',')}`);
  out.push(`cluster cni=${m.cluster.cni ?? '-'} dns=${m.cluster.dns ?? '-'} pods=${m.cluster.podNetworks.join(',') || '-'} nodes=${m.cluster.nodeNetworks.join(',') || '-'}`);
  out.push(`findings ${m.findings.length}`);
  for (const f of m.findings) out.push(`  ${f.severity} ${f.id} ${JSON.stringify(f.vars)} rows=${f.rows.join(',')}`);
  out.push(`problems ${m.problems.length}`);
  for (const p of m.problems) out.push(`  L${p.line}${p.through === undefined ? '' : `-${p.through}`} ${p.code}`);
  out.push(`messages ${m.messages.map((x) => `L${x.line}:${x.id}`).join(' ') || '-'}`);
  out.push(`other tables ${m.otherTables.map((t) => `L${t.line}:${t.kind}x${t.rows}`).join(' ') || '-'}`);
  out.push(`commands ${m.commands.map((c) => `L${c.line}:${c.namespace ?? (c.allNamespaces ? '*' : '-')}${c.wide ? ':wide' : ''}${c.watch ? ':watch' : ''}`).join(' ') || '-'}`);
  // Lines by kind, runs folded (`1-3 row`), so a line that changes kind shows without listing every line.
  const runs: string[] = [];
  let start = 0;
  for (let i = 1; i <= m.lines.length; i++) {
    const a = m.lines[start];
    const b = m.lines[i];
    const label = (l: typeof a) => (l === undefined ? '' : l.kind + (l.messageId === undefined ? '' : `:${l.messageId}`));
    if (b !== undefined && label(b) === label(a)) continue;
    if (a !== undefined) runs.push(`${a.line}${i - 1 > start ? `-${(m.lines[i - 1] as typeof a).line}` : ''} ${label(a)}`);
    start = i;
  }
  out.push(`lines ${runs.join(', ')}`);
  return out.join('\n') + '\n';
}
