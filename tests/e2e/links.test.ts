/**
 * Every internal link, asset and #anchor on every page resolves under the base path. Plain HTTP
 * against the preview server: the browser is not needed to read hrefs.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { visit as walk } from 'unist-util-visit';
import { describe, expect, inject, test } from 'vitest';
import { builtPages, siteUrl } from '../support/site.ts';

const pages = builtPages();
const fetched = new Map<string, Promise<{ status: number; ids: Set<string>; html: string }>>();

function load(url: string) {
  let hit = fetched.get(url);
  if (!hit) {
    hit = fetch(url).then(async (r) => {
      const type = r.headers.get('content-type') ?? '';
      const html = type.includes('html') ? await r.text() : (await r.arrayBuffer(), '');
      const ids = new Set<string>();
      if (html) walk(fromHtml(html) as Root, 'element', (el: Element) => {
        const id = el.properties['id'] ?? el.properties['name'];
        if (typeof id === 'string') ids.add(id);
      });
      return { status: r.status, ids, html };
    });
    fetched.set(url, hit);
  }
  return hit;
}

const ATTRS: Record<string, string> = { a: 'href', link: 'href', script: 'src', img: 'src', source: 'srcSet' };

function references(html: string): string[] {
  const refs: string[] = [];
  walk(fromHtml(html) as Root, 'element', (el: Element) => {
    const attr = ATTRS[el.tagName];
    if (!attr) return;
    const value = el.properties[attr === 'srcSet' ? 'srcSet' : attr];
    if (typeof value === 'string' && value) refs.push(value);
    if (Array.isArray(value)) refs.push(...value.map(String));
  });
  return refs;
}

describe('internal links and anchors resolve', () => {
  test.each(pages.map((path) => ({ path: path || '(home)', url: path })))('$path', async ({ url }) => {
    const pageUrl = siteUrl(url);
    const page = await load(pageUrl);
    expect(page.status).toBe(200);
    const origin = inject('origin');
    const base = inject('base');
    const broken: string[] = [];
    for (const ref of references(page.html)) {
      const target = new URL(ref, pageUrl);
      if (target.origin !== origin) continue;
      if (!target.pathname.startsWith(base)) {
        broken.push(`${ref} (outside the base ${base})`);
        continue;
      }
      const doc = await load(target.origin + target.pathname + target.search);
      if (doc.status !== 200) broken.push(`${ref} (${doc.status})`);
      // '#paste=…' is the explainer's share fragment (read by its script), not an anchor.
      else if (target.hash && target.hash !== '#' && !target.hash.startsWith('#paste=') && !doc.ids.has(decodeURIComponent(target.hash.slice(1)))) broken.push(`${ref} (no such anchor)`);
    }
    expect(broken).toEqual([]);
  });

  test('a missing page gets the 404 page, styled, under the base', async () => {
    const r = await fetch(siteUrl('no-such-page/'));
    expect(r.status).toBe(404);
    const html = await r.text();
    expect(html).toContain('404');
    const css = references(html).filter((ref) => ref.endsWith('.css'));
    expect(css.length).toBeGreaterThan(0);
    for (const ref of css) expect(ref.startsWith(inject('base'))).toBe(true);
  });
});
