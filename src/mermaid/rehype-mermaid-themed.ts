/**
 * Rehype plugin: ```mermaid fences become inline SVG rendered at build time, once with Mermaid's
 * `default` theme and once with `dark`, so pages ship no Mermaid runtime.
 *
 * It must be given to the Markdown processor in astro.config.mjs: Starlight adds Expressive Code
 * after user plugins, and Expressive Code would otherwise claim the fence as a code block.
 */
import type { Element, Parents, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
// Static imports: astro.config.mjs is loaded through Vite's module runner, which is closed before
// pages render, so a dynamic import() here would fail mid-build.
import { createMermaidRenderer } from 'mermaid-isomorphic';
import { CHROMIUM_ARGS, findChromium } from '../build/find-chromium.ts';
import { mermaidFigure, readAccessibility, shortHash, type DiagramSource } from './figure.ts';
import { MERMAID_SEQUENCE, MERMAID_THEME_VARIABLES } from './config.ts';
import { MERMAID_FONT_CLIENT as MERMAID_FONT } from './font.ts';

type Renderer = (diagrams: string[], options: object) => Promise<PromiseSettledResult<{ svg: string }>[]>;

const THEMES = { light: 'default', dark: 'dark' } as const;


export const NO_BROWSER_WARNING =
  "[mermaid] no Chromium for build-time diagrams (set CHROME_PATH or install chromium): diagrams will be drawn in the reader's browser instead.";

export interface Options {
  /** 'client' skips the browser and leaves every diagram to the lazy client-side renderer. */
  mode?: 'auto' | 'client';
  /** How to find a browser (tests pass one that finds none). */
  find?: typeof findChromium;
  /** Where the one warning line goes. */
  warn?: (line: string) => void;
}

/** One renderer (one Chromium) per finder for the whole build, and the warning said once. */
const renderers = new Map<typeof findChromium, Promise<Renderer | undefined>>();
const cache = new Map<string, Element>();

function getRenderer(find: typeof findChromium, warn: (line: string) => void): Promise<Renderer | undefined> {
  let hit = renderers.get(find);
  if (!hit) {
    hit = (async () => {
      const browser = await find();
      if (!browser.found) {
        warn(NO_BROWSER_WARNING);
        return undefined;
      }
      return createMermaidRenderer({
        launchOptions: { executablePath: browser.path, args: CHROMIUM_ARGS, headless: true },
      }) as unknown as Renderer;
    })();
    renderers.set(find, hit);
  }
  return hit;
}

function isMermaidFence(node: Element): boolean {
  if (node.tagName !== 'pre') return false;
  const code = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
  const cls = code?.properties['className'];
  return Array.isArray(cls) && cls.includes('language-mermaid');
}

async function renderSvg(renderer: Renderer, diagram: DiagramSource, theme: 'light' | 'dark'): Promise<Element> {
  const key = `${theme}\u0000${diagram.source}`;
  const hit = cache.get(key);
  if (hit) return structuredClone(hit);
  const [result] = await renderer([diagram.source], {
    prefix: `mmd-${shortHash(diagram.source)}-${theme}`,
    mermaidConfig: { theme: THEMES[theme], themeVariables: MERMAID_THEME_VARIABLES[theme], fontFamily: MERMAID_FONT, securityLevel: 'strict', sequence: MERMAID_SEQUENCE },
  });
  if (!result || result.status === 'rejected') {
    const reason = result?.status === 'rejected' ? (result.reason as { message?: string }).message : 'no result';
    throw new Error(`Mermaid could not render a diagram: ${reason}\n${diagram.source}`);
  }
  const svg = fromHtml(result.value.svg, { fragment: true }).children.find(
    (c): c is Element => c.type === 'element' && c.tagName === 'svg',
  );
  if (!svg) throw new Error('Mermaid returned no <svg>');
  cache.set(key, svg);
  return structuredClone(svg);
}

export default function rehypeMermaidThemed(options: Options = {}) {
  const mode = options.mode ?? (process.env['KUBE_ANATOMY_MERMAID'] === 'client' ? 'client' : 'auto');
  const find = options.find ?? findChromium;
  const warn = options.warn ?? ((line: string) => console.warn(line));
  return async (tree: Root, file: VFile) => {
    const found: { node: Element; parent: Parents; index: number }[] = [];
    visit(tree, 'element', (node, index, parent) => {
      if (parent && index !== undefined && isMermaidFence(node)) found.push({ node, parent, index });
    });
    if (found.length === 0) return;
    const renderer = mode === 'client' ? undefined : await getRenderer(find, warn);
    for (const { node, parent, index } of found) {
      const diagram = readAccessibility(toText(node, { whitespace: 'pre' }).replace(/\n$/, ''));
      if (!diagram.title || !diagram.description) {
        // An unnamed diagram is invisible to screen readers: refuse it at build time, where it is cheap to fix.
        file.fail(`A mermaid diagram needs both accTitle and accDescr (in ${file.path ?? 'a page'})`, node);
      }
      const figure = renderer
        ? mermaidFigure(diagram, {
            kind: 'rendered',
            light: await renderSvg(renderer, diagram, 'light'),
            dark: await renderSvg(renderer, diagram, 'dark'),
          })
        : mermaidFigure(diagram, { kind: 'pending' });
      parent.children[index] = figure;
    }
  };
}
