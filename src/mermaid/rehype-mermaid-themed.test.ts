import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { findChromium } from '../build/find-chromium.ts';
import rehypeMermaidThemed, { NO_BROWSER_WARNING } from './rehype-mermaid-themed.ts';

/** The hast Astro's Markdown step hands to rehype plugins for a ```mermaid fence. */
function fence(source: string): Root {
  const code: Element = { type: 'element', tagName: 'code', properties: { className: ['language-mermaid'] }, children: [{ type: 'text', value: source }] };
  return { type: 'root', children: [{ type: 'element', tagName: 'pre', properties: {}, children: [code] }] };
}

const NAMED = 'flowchart LR\n  accTitle: Two nodes\n  accDescr: A control plane talks to a worker\n  m["m-k8s 컨트롤 플레인"] --> w["w1-k8s"]';
const noBrowser: typeof findChromium = async () => ({ found: false, tried: ['/nowhere'] });

describe('rehypeMermaidThemed without a browser', () => {
  test('leaves the source for the lazy client renderer and warns in one line, once', async () => {
    const warnings: string[] = [];
    const transform = rehypeMermaidThemed({ find: noBrowser, warn: (l) => warnings.push(l) });
    const first = fence(NAMED);
    const second = fence(NAMED);
    await transform(first, new VFile());
    await transform(second, new VFile());
    const html = toHtml(first);
    expect(html).toContain('<pre class="mermaid-pending"');
    expect(html).toContain('m-k8s 컨트롤 플레인');
    expect(html).not.toContain('<svg');
    expect(warnings).toEqual([NO_BROWSER_WARNING]);
    expect(NO_BROWSER_WARNING).not.toContain('\n');
  });

  test.each([
    { name: 'no accTitle', source: 'flowchart LR\n  accDescr: x\n  a --> b' },
    { name: 'no accDescr', source: 'flowchart LR\n  accTitle: x\n  a --> b' },
  ])('refuses a diagram with $name', async ({ source }) => {
    const transform = rehypeMermaidThemed({ find: noBrowser, warn: () => {} });
    await expect(transform(fence(source), new VFile())).rejects.toThrow(/accTitle and accDescr/);
  });

  test('leaves other code blocks alone', async () => {
    const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'pre', properties: {}, children: [{ type: 'element', tagName: 'code', properties: { className: ['language-bash'] }, children: [{ type: 'text', value: 'ls' }] }] }] };
    const before = toHtml(tree);
    await rehypeMermaidThemed({ find: noBrowser, warn: () => {} })(tree, new VFile());
    expect(toHtml(tree)).toBe(before);
  });
});

// Needs the same Chromium as the build and the browser tests (npm test fails early without one).
describe('rehypeMermaidThemed with Chromium', () => {
  test('renders a light and a dark SVG, named, with the Korean label', async () => {
    const tree = fence(NAMED);
    await rehypeMermaidThemed()(tree, new VFile());
    const html = toHtml(tree);
    expect(html).toMatch(/class="mermaid-theme mermaid-light"><svg[^>]*id="mmd-[a-z0-9]+-light-0"/);
    expect(html).toMatch(/class="mermaid-theme mermaid-dark"><svg[^>]*id="mmd-[a-z0-9]+-dark-0"/);
    expect(html).toContain('<title');
    expect(html).toContain('Two nodes');
    expect(html).toContain('m-k8s 컨트롤 플레인');
    expect(html).toMatch(/<figcaption class="mermaid-caption" id="(mmd-caption-[a-z0-9]+)">Two nodes<\/figcaption>/);
    // Focusable (it may scroll), named by the caption, and never drawn below 0.7 of the viewBox width.
    const figure = tree.children[0] as Element;
    expect(figure.properties['tabIndex']).toBe(0);
    expect(html).toMatch(/<figure[^>]*aria-labelledby="mmd-caption-[a-z0-9]+"/);
    const viewBoxWidth = Number(/viewBox="[-\d.]+ [-\d.]+ ([\d.]+)/.exec(html)?.[1]);
    expect(viewBoxWidth).toBeGreaterThan(0);
    expect(figure.properties['style']).toBe(
      `--mermaid-min-width: ${Math.ceil(Math.ceil(viewBoxWidth) * 0.7)}px`,
    );
  }, 60_000);

  test('wraps long sequence messages so six participants stay under 1,000 px', async () => {
    const names = ['kubectl', 'API server', 'etcd', 'controller manager', 'scheduler', 'kubelet on w2-k8s'];
    const source = [
      'sequenceDiagram',
      '  accTitle: Six participants',
      '  accDescr: Long messages between neighbours',
      ...names.map((n, i) => `  participant P${i} as ${n}`),
      ...names.slice(1).map((_, i) => `  P${i}->>P${i + 1}: a rather long message that Mermaid would otherwise draw on one line`),
    ].join('\n');
    const tree = fence(source);
    await rehypeMermaidThemed()(tree, new VFile());
    const width = Number(/viewBox="[-\d.]+ [-\d.]+ ([\d.]+)/.exec(toHtml(tree))?.[1]);
    expect(width).toBeGreaterThan(0);
    expect(width).toBeLessThan(1000);
  }, 60_000);
});
