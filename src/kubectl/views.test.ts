import { describe, expect, test } from 'vitest';
import { clusterMapMermaid, escapeMarkdownCell, hasPodTable, mermaidLabel, toJSON, toMarkdownTable } from './views.ts';
import { explain } from './explain.ts';
import seed from '../../content/samples/seed-lab.txt?raw';

const hostileNames = ['<img src=x onerror=alert(1)>', '"]; click p0 call alert(1); x["', '%%{init: {"securityLevel": "loose"}}%%', 'a`b`c', 'x\nflowchart LR', 'end', 'p0-->p1'];
const hostile = `NAME                    READY   STATUS    RESTARTS   AGE   IP         NODE\n${hostileNames
  .map((n) => `${n.replace(/\n/g, ' ').padEnd(24).slice(0, Math.max(24, n.length + 1))}1/1     Running   0          5d    10.0.0.1   ${n.includes('click') ? 'node"];x' : 'n1'}`)
  .join('\n')}\n`;

describe('mermaidLabel', () => {
  test.each([
    { name: 'HTML', input: '<img src=x onerror=alert(1)>', forbidden: ['<', '>', '(', '='] },
    { name: 'closing the label and adding a click', input: '"]; click p0 call alert(1); x["', forbidden: ['"', ']', ';', '['] },
    { name: 'directive', input: '%%{init: {}}%%', forbidden: ['%', '{', '}', ':'] },
    { name: 'backticks (markdown strings)', input: 'a`b`', forbidden: ['`'] },
    { name: 'newline', input: 'a\nb', forbidden: ['\n'] },
  ])('$name', ({ input, forbidden }) => {
    // Entity codes (#quot; #59;) are the escape itself: look at what is left without them.
    const out = mermaidLabel(input).replace(/#[a-z0-9]+;/g, '');
    for (const f of forbidden) expect(out.includes(f), `${JSON.stringify(f)} in ${out}`).toBe(false);
  });
  test('entity codes', () => {
    expect(mermaidLabel('<a & "b"> #1;')).toBe('#lt;a #amp; #quot;b#quot;#gt; #35;1#59;');
  });
});

describe('clusterMapMermaid', () => {
  test('the seed: subgraphs per node, generated ids, accessible title and description', () => {
    const src = clusterMapMermaid(explain(seed), 'en');
    expect(src.startsWith('flowchart TB\n  accTitle: ')).toBe(true);
    expect(src).toContain('accDescr: ');
    expect(src).toContain('subgraph n0["m-k8s · control plane · 192.168.1.10"]');
    expect(src.match(/^\s+p\d+\[/gm)?.length).toBe(15);
    expect(src).toContain('✔ ok · etcd-m-k8s · Running');
  });
  test('hostile names cannot add statements: every line is one we wrote', () => {
    const src = clusterMapMermaid(explain(hostile), 'ko');
    for (const line of src.split('\n')) {
      expect(line).toMatch(/^(flowchart TB|  accTitle: [^\n]*|  accDescr: [^\n]*|  subgraph n\d+\["[^"]*"\]|    direction TB|    p\d+(\["[^"]*"\]|\(\["[^"]*"\]\)|\{\{"[^"]*"\}\}|\[\["[^"]*"\]\]|>"[^"]*"\])|  end|  more\["[^"]*"\])$/);
      expect(line).not.toMatch(/<img|%%|`/);
    }
    expect(src).not.toContain('click p0');
  });
});

describe('toMarkdownTable', () => {
  test('one header, one separator, one line per row', () => {
    const md = toMarkdownTable(explain(seed), 'en');
    const lines = md.split('\n');
    expect(lines.length).toBe(17);
    expect(lines[0]).toBe('| NAMESPACE | NAME | READY | STATUS | SEVERITY | COMPONENT | OWNER | NODE | NETWORK | EXPLANATION |');
    expect(lines[2]).toContain('| kube-system | calico-kube-controllers-99c9b6f64-5cvw6 | 1/1 | Running | ✔ ok | calico-kube-controllers | Deployment calico-kube-controllers | m-k8s | pod |');
  });
  test.each([
    { name: 'pipe', input: 'a|b', expected: 'a\\|b' },
    { name: 'backtick', input: 'a`b', expected: 'a\\`b' },
    { name: 'HTML', input: '<b>', expected: '\\<b\\>' },
  ])('escapes $name', ({ input, expected }) => expect(escapeMarkdownCell(input)).toBe(expected));
  test('hostile names stay inside their cells', () => {
    const md = toMarkdownTable(explain(hostile), 'en');
    for (const line of md.split('\n')) expect(line.split(/(?<!\\)\|/).length).toBe(12);
  });
});

describe('toJSON', () => {
  test('the DESIGN.md keys', () => {
    const j = toJSON(explain(seed)) as Record<string, unknown>;
    expect(Object.keys(j).slice(0, 6)).toEqual(['columns', 'rows', 'nodes', 'findings', 'problems', 'cluster']);
    const row = (j.rows as Record<string, unknown>[])[0] as Record<string, unknown>;
    for (const k of ['line', 'namespace', 'name', 'ready', 'status', 'restarts', 'age', 'ageSeconds', 'ip', 'node', 'nominatedNode', 'readinessGates', 'labels', 'component', 'workload', 'severity']) expect(row).toHaveProperty(k);
    expect(JSON.parse(JSON.stringify(j))).toEqual(j);
  });
  test('every input line is in the JSON, with how it was read', () => {
    const j = toJSON(explain(`$ kubectl get pods\n${seed}\nNo resources found in x namespace.`)) as { lines: { line: number; kind: string; messageId?: string }[] };
    expect(j.lines.length).toBe(seed.split('\n').length + 2);
    expect(j.lines[0]).toEqual({ line: 1, kind: 'prompt' });
    expect(j.lines.at(-1)).toEqual({ line: j.lines.length, kind: 'message', messageId: 'no-resources' });
  });
  test.each([
    { name: 'seed', input: seed, expected: true },
    { name: 'No resources', input: 'No resources found in default namespace.', expected: false },
    { name: 'header only', input: 'NAME   READY   STATUS   RESTARTS   AGE', expected: true },
  ])('hasPodTable: $name', ({ input, expected }) => expect(hasPodTable(explain(input))).toBe(expected));
});
