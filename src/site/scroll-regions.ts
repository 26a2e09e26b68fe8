/**
 * Keyboard and screen-reader access to what scrolls sideways on a narrow screen: code blocks and tables.
 *
 * Code blocks. Why: EC makes a block that overflows sideways focusable with `role="region"` but gives it no name, so a page
 * with two such blocks has two nameless regions (axe: landmark-unique) and a screen reader's landmark list
 * offers "region, region". Each gets "<Code block> n: <frame title>" while it is a region, and loses the name
 * when EC drops the role again on resize (a name on a plain `pre` is not allowed: aria-prohibited-attr).
 */

/** Marks the labels this module set, so it never removes a name someone else gave. */
const MARK = 'data-code-region';

export function regionName(fallback: string, index: number, title: string | null): string {
  const t = title?.trim() ?? '';
  return t === '' ? `${fallback} ${index + 1}` : `${fallback} ${index + 1}: ${t}`;
}

function sync(pre: HTMLElement, name: string): void {
  const isRegion = pre.getAttribute('role') === 'region';
  const ours = pre.hasAttribute(MARK);
  if (isRegion && !ours && !pre.hasAttribute('aria-label') && !pre.hasAttribute('aria-labelledby')) {
    pre.setAttribute('aria-label', name);
    pre.setAttribute(MARK, '');
  } else if (!isRegion && ours) {
    pre.removeAttribute('aria-label');
    pre.removeAttribute(MARK);
  }
}

/** Names the page's EC blocks now and whenever EC toggles their role. */
export function nameCodeRegions(doc: Document, fallback: string): void {
  const blocks = doc.querySelectorAll<HTMLElement>('.expressive-code pre');
  blocks.forEach((pre, i) => {
    const title = pre.closest('figure')?.querySelector('figcaption .title')?.textContent ?? null;
    const name = regionName(fallback, i, title);
    sync(pre, name);
    new MutationObserver(() => sync(pre, name)).observe(pre, { attributes: true, attributeFilter: ['role'] });
  });
}

/**
 * Starlight lets a Markdown table scroll sideways itself (`display: block; overflow: auto`), and on a phone
 * many do, but a table is not focusable, so a keyboard cannot scroll it (axe: scrollable-region-focusable,
 * WCAG 2.1.1). Each table that overflows joins the tab order and leaves it when it fits again. Its role stays
 * `table` (a region role would hide the rows from a screen reader). Tables added later (islands) are seen too.
 */
export function focusScrollingTables(root: ParentNode & Node): void {
  const watched = new WeakSet<Element>();
  const sizes = new ResizeObserver((entries) => {
    for (const e of entries) syncTable(e.target as HTMLElement);
  });
  const watch = (): void => {
    root.querySelectorAll<HTMLElement>('table').forEach((t) => {
      if (watched.has(t)) return;
      watched.add(t);
      sizes.observe(t);
    });
  };
  watch();
  // The explainer re-renders rows as it scrolls: look again only when a mutation added a table.
  const addsTable = (n: Node): boolean => n instanceof Element && (n.tagName === 'TABLE' || n.querySelector('table') !== null);
  new MutationObserver((records) => {
    if (records.some((r) => [...r.addedNodes].some(addsTable))) watch();
  }).observe(root, { childList: true, subtree: true });
}

const TABLE_MARK = 'data-scroll-focus';

function syncTable(table: HTMLElement): void {
  const scrolls = table.scrollWidth > table.clientWidth + 1 && getComputedStyle(table).overflowX !== 'visible';
  const ours = table.hasAttribute(TABLE_MARK);
  if (scrolls && !ours && !table.hasAttribute('tabindex')) {
    table.setAttribute('tabindex', '0');
    table.setAttribute(TABLE_MARK, '');
  } else if (!scrolls && ours) {
    table.removeAttribute('tabindex');
    table.removeAttribute(TABLE_MARK);
  }
}
