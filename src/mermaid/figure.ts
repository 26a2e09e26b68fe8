/**
 * Pure helpers for build-time Mermaid: what a diagram's source declares and the HTML that stands
 * in for the fence. No browser here, so these are unit-tested without one.
 */
import type { Element, ElementContent } from 'hast';
import { MIN_DIAGRAM_SCALE } from './config.ts';

export interface DiagramSource {
  source: string;
  /** `accTitle:` of the source, the diagram's accessible name. */
  title: string | undefined;
  /** `accDescr:` (one line or a `{ block }`), the diagram's accessible description. */
  description: string | undefined;
}

/**
 * Reads `accTitle` and `accDescr` the way Mermaid does (line-based, `accDescr { ... }` blocks too).
 *
 * @example
 *   readAccessibility('flowchart LR\n accTitle: Nodes\n accDescr: Two boxes\n A-->B')
 *   // { source: ..., title: 'Nodes', description: 'Two boxes' }
 */
export function readAccessibility(source: string): DiagramSource {
  let title: string | undefined;
  let description: string | undefined;
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    const t = /^accTitle\s*:\s*(.+)$/.exec(line);
    if (t?.[1]) title = t[1].trim();
    const d = /^accDescr\s*:\s*(.+)$/.exec(line);
    if (d?.[1]) description = d[1].trim();
    if (/^accDescr\s*\{/.test(line)) {
      const parts: string[] = [line.replace(/^accDescr\s*\{/, '')];
      while (!parts.join(' ').includes('}') && i + 1 < lines.length) parts.push((lines[++i] ?? '').trim());
      description = parts.join(' ').replace(/\}.*$/, '').trim() || undefined;
    }
  }
  return { source, title, description };
}

export type FigureContent =
  | { kind: 'rendered'; light: Element; dark: Element }
  | { kind: 'pending' };

/**
 * The element that replaces a ```mermaid fence. Two renders (light and dark) sit side by side and
 * CSS shows the one matching Starlight's `[data-theme]`, so the theme toggle switches instantly and
 * nothing depends on JavaScript. Without a build browser the source goes out as `pre.mermaid-pending`
 * for the lazy client-side renderer.
 */
export function mermaidFigure(diagram: DiagramSource, content: FigureContent): Element {
  const captionId = `mmd-caption-${shortHash(diagram.source)}`;
  const caption: ElementContent[] = diagram.title
    ? [{ type: 'element', tagName: 'figcaption', properties: { className: ['mermaid-caption'], id: captionId }, children: [{ type: 'text', value: diagram.title }] }]
    : [];
  const body: ElementContent[] =
    content.kind === 'rendered'
      ? [
          { type: 'element', tagName: 'div', properties: { className: ['mermaid-theme', 'mermaid-light'] }, children: [content.light] },
          { type: 'element', tagName: 'div', properties: { className: ['mermaid-theme', 'mermaid-dark'] }, children: [content.dark] },
        ]
      : [
          {
            type: 'element',
            tagName: 'pre',
            properties: {
              className: ['mermaid-pending'],
              dataTitle: diagram.title ?? '',
              dataDescription: diagram.description ?? '',
            },
            children: [{ type: 'text', value: diagram.source }],
          },
        ];
  const properties: Element['properties'] = { className: ['mermaid-figure', content.kind === 'rendered' ? 'mermaid-static' : 'mermaid-lazy'] };
  if (content.kind === 'rendered') {
    const widths = [naturalWidth(content.light), naturalWidth(content.dark)].filter((w): w is number => w !== undefined);
    if (widths.length > 0) {
      // site.css: the svg never shrinks below MIN_DIAGRAM_SCALE of this; a narrower column scrolls.
      const natural = Math.max(...widths);
      properties['style'] = `--mermaid-min-width: ${Math.ceil(natural * MIN_DIAGRAM_SCALE)}px`;
    }
    // The figure may scroll sideways: reachable by keyboard (axe scrollable-region-focusable), named by its caption.
    properties['tabIndex'] = 0;
    if (diagram.title) properties['ariaLabelledBy'] = [captionId];
  }
  return { type: 'element', tagName: 'figure', properties, children: [...body, ...caption] };
}

/**
 * The width a Mermaid <svg> is drawn for, in CSS pixels: its viewBox width (Mermaid also writes it as
 * `max-width` in the style), rounded up. Undefined when it declares neither.
 *
 * @example
 *   naturalWidth(svg with viewBox="-8 -8 989.5 711") // 990
 */
export function naturalWidth(svg: Element): number | undefined {
  const viewBox = svg.properties['viewBox'];
  const fromViewBox = typeof viewBox === 'string' ? Number(viewBox.trim().split(/[\s,]+/)[2]) : NaN;
  if (Number.isFinite(fromViewBox) && fromViewBox > 0) return Math.ceil(fromViewBox);
  const style = svg.properties['style'];
  const fromStyle = typeof style === 'string' ? Number(/max-width:\s*([\d.]+)px/.exec(style)?.[1]) : NaN;
  if (Number.isFinite(fromStyle) && fromStyle > 0) return Math.ceil(fromStyle);
  return undefined;
}

/** A short stable hash (FNV-1a, 32 bit) that keeps SVG ids unique per diagram across a page. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
