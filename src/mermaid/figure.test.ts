import { describe, expect, test } from 'vitest';
import { readAccessibility, shortHash } from './figure.ts';

describe('readAccessibility', () => {
  test.each([
    { name: 'one-line title and description', source: 'flowchart LR\n accTitle: Nodes\n accDescr: Two boxes\n A-->B', title: 'Nodes', description: 'Two boxes' },
    { name: 'block description', source: 'flowchart LR\n accTitle: T\n accDescr {\n  first line\n  second line\n }\n A-->B', title: 'T', description: 'first line second line' },
    { name: 'block description on one line', source: 'sequenceDiagram\n accTitle: T\n accDescr { short }\n A->>B: hi', title: 'T', description: 'short' },
    { name: 'Korean text', source: 'flowchart TB\n accTitle: 실습 클러스터\n accDescr: 노드 넷\n a', title: '실습 클러스터', description: '노드 넷' },
    { name: 'neither', source: 'flowchart LR\n A-->B', title: undefined, description: undefined },
  ])('$name', ({ source, title, description }) => {
    const read = readAccessibility(source);
    expect(read.title).toBe(title);
    expect(read.description).toBe(description);
  });
});

describe('shortHash', () => {
  test('is stable and tells different sources apart', () => {
    expect(shortHash('a --> b')).toBe(shortHash('a --> b'));
    expect(shortHash('a --> b')).not.toBe(shortHash('a --> c'));
    expect(shortHash('x')).toMatch(/^[a-z0-9]+$/);
  });
});
