import { describe, expect, test } from 'vitest';
import type { Element } from 'hast';
import { mermaidFigure, naturalWidth, readAccessibility, shortHash } from './figure.ts';

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

const svg = (properties: Element['properties']): Element => ({ type: 'element', tagName: 'svg', properties, children: [] });

describe('naturalWidth', () => {
  test.each([
    { name: 'viewBox width, rounded up', properties: { viewBox: '-8 -8 989.5 711' }, width: 990 },
    { name: 'viewBox with commas', properties: { viewBox: '0,0,632,400' }, width: 632 },
    { name: 'max-width from the style when there is no viewBox', properties: { style: 'max-width: 1200.25px;' }, width: 1201 },
    { name: 'neither', properties: {}, width: undefined },
    { name: 'a zero viewBox', properties: { viewBox: '0 0 0 0' }, width: undefined },
  ])('$name', ({ properties, width }) => {
    expect(naturalWidth(svg(properties))).toBe(width);
  });
});

describe('mermaidFigure', () => {
  const diagram = readAccessibility('flowchart LR\n accTitle: Nodes\n accDescr: Two boxes\n A-->B');

  test('a rendered figure carries its natural and minimum width, is focusable and named by its caption', () => {
    const figure = mermaidFigure(diagram, { kind: 'rendered', light: svg({ viewBox: '0 0 1000 300' }), dark: svg({ viewBox: '0 0 1001.2 300' }) });
    expect(figure.properties['style']).toBe('--mermaid-min-width: 702px');
    expect(figure.properties['tabIndex']).toBe(0);
    const caption = figure.children.find((c): c is Element => c.type === 'element' && c.tagName === 'figcaption');
    expect(caption?.properties['id']).toBeTruthy();
    expect(figure.properties['ariaLabelledBy']).toEqual([caption?.properties['id']]);
  });

  test('a rendered figure without a viewBox has no width floor but stays focusable', () => {
    const figure = mermaidFigure(diagram, { kind: 'rendered', light: svg({}), dark: svg({}) });
    expect(figure.properties['style']).toBeUndefined();
    expect(figure.properties['tabIndex']).toBe(0);
  });

  test('a pending figure is left to the client renderer, not focusable', () => {
    const figure = mermaidFigure(diagram, { kind: 'pending' });
    expect(figure.properties['style']).toBeUndefined();
    expect(figure.properties['tabIndex']).toBeUndefined();
  });
});
