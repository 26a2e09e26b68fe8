/**
 * Starlight's search button is named by `aria-label="Search"` while its visible text is "Search" plus
 * the shortcut "Ctrl K", which axe reports as a serious `label-content-name-mismatch` (WCAG 2.5.3,
 * Label in Name). Name it by its visible word instead: drop the aria-label, let screen readers read the
 * word, hide the shortcut keys from them (they stay in `aria-keyshortcuts`), and keep the word
 * readable by screen readers on narrow screens where it is not drawn (`search-word`, styled in
 * site.css). Rewrites the HTML Starlight renders, so upgrades keep their behaviour and this stays small.
 *
 * @example
 *   fixSearchButton('<button data-open-modal disabled aria-label="Search" ...><span class="sl-hidden md:sl-block" aria-hidden="true">Search</span><kbd ...>')
 *   // '<button data-open-modal disabled ...><span class="search-word">Search</span><kbd aria-hidden="true" ...>'
 */
export function fixSearchButton(html: string): string {
  const open = /<button\b[^>]*\bdata-open-modal\b[^>]*>[\s\S]*?<\/button>/;
  const match = open.exec(html);
  if (!match) throw new Error('Starlight search button not found: its markup changed; revisit src/components/overrides/search-button.ts');
  // Attribute-tolerant: in `astro dev` every element also carries data-astro-source-* attributes.
  const fixed = match[0]
    .replace(/^<button\b[^>]*>/, (tag) => tag.replace(/\s+aria-label="[^"]*"/, ''))
    .replace(/<span\b[^>]*\bclass="sl-hidden md:sl-block[^"]*"[^>]*>/, (tag) =>
      tag.replace(/\s+aria-hidden="true"/, '').replace('class="sl-hidden md:sl-block', 'class="search-word'),
    )
    .replace(/<kbd\b([^>]*\bclass="sl-hidden md:sl-flex)/, '<kbd aria-hidden="true"$1');
  const openTag = /^<button\b[^>]*>/.exec(fixed)?.[0] ?? '';
  if (openTag.includes('aria-label=') || !fixed.includes('class="search-word') || !fixed.includes('<kbd aria-hidden="true"')) {
    throw new Error('Starlight search button markup changed; revisit src/components/overrides/search-button.ts');
  }
  return html.slice(0, match.index) + fixed + html.slice(match.index + match[0].length);
}
