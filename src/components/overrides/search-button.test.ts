import { describe, expect, test } from 'vitest';
import { fixSearchButton } from './search-button.ts';

// As Starlight 0.42 renders it (scoped classes included).
const starlight =
  '<site-search><button data-open-modal disabled aria-label="Search" aria-keyshortcuts="Control+K" class="astro-b5"><svg aria-hidden="true"></svg>' +
  '<span class="sl-hidden md:sl-block astro-b5" aria-hidden="true">Search</span>' +
  '<kbd class="sl-hidden md:sl-flex astro-b5" style="display: none;"><kbd>Ctrl</kbd><kbd>K</kbd></kbd></button>' +
  '<dialog aria-label="Search"></dialog></site-search>';

describe('fixSearchButton', () => {
  test('names the button by its visible word and hides the shortcut keys', () => {
    const out = fixSearchButton(starlight);
    const button = /<button[\s\S]*?<\/button>/.exec(out)?.[0] ?? '';
    expect(button).not.toContain('aria-label=');
    expect(button).toContain('aria-keyshortcuts="Control+K"');
    expect(button).toContain('<span class="search-word astro-b5">Search</span>');
    expect(button).toContain('<kbd aria-hidden="true" class="sl-hidden md:sl-flex astro-b5"');
  });

  test('works on the dev server, where elements carry data-astro-source-* attributes', () => {
    const dev = starlight.replace(/<(button|span|kbd)\b([^>]*)>/g, '<$1$2 data-astro-source-file="Search.astro" data-astro-source-loc="19:2">');
    const button = /<button[\s\S]*?<\/button>/.exec(fixSearchButton(dev))?.[0] ?? '';
    expect(button).not.toContain('aria-label=');
    expect(button).toMatch(/<span class="search-word astro-b5" data-astro-source-file="Search.astro" data-astro-source-loc="19:2">Search<\/span>/);
    expect(button).toContain('<kbd aria-hidden="true" class="sl-hidden md:sl-flex astro-b5"');
  });

  test('leaves the dialog label alone', () => {
    expect(fixSearchButton(starlight)).toContain('<dialog aria-label="Search">');
  });

  test.each([
    { name: 'no button', html: '<site-search></site-search>' },
    { name: 'button without the word span', html: '<button data-open-modal aria-label="Search"><kbd class="sl-hidden md:sl-flex"></kbd></button>' },
  ])('fails the build loudly when Starlight markup changes: $name', ({ html }) => {
    expect(() => fixSearchButton(html)).toThrow(/search-button\.ts/);
  });
});
