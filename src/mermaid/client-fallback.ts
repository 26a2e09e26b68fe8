/**
 * Draws diagrams the build could not render (no Chromium at build time). Mermaid is imported on
 * demand, only on pages that hold such a diagram, and re-rendered when the theme toggles because
 * Mermaid cannot change theme after initialising.
 */
import { MERMAID_SEQUENCE, MERMAID_THEME_VARIABLES } from './config.ts';
import { MERMAID_FONT_CLIENT } from './font.ts';

export function renderPendingDiagrams(doc: Document): void {
  const pending = [...doc.querySelectorAll<HTMLPreElement>('pre.mermaid-pending')];
  if (pending.length === 0) return;
  const sources = pending.map((pre) => pre.textContent ?? '');
  const targets = pending.map((pre) => {
    const div = doc.createElement('div');
    div.className = 'mermaid-client';
    pre.after(div);
    return div;
  });
  let run = 0;
  const draw = async () => {
    const mine = ++run;
    const { default: mermaid } = await import('mermaid');
    const dark = doc.documentElement.dataset['theme'] !== 'light';
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: dark ? 'dark' : 'default', themeVariables: { ...MERMAID_THEME_VARIABLES[dark ? 'dark' : 'light'] }, fontFamily: MERMAID_FONT_CLIENT, sequence: { ...MERMAID_SEQUENCE } });
    for (const [i, source] of sources.entries()) {
      const { svg } = await mermaid.render(`mmd-client-${i}-${mine}`, source);
      if (mine !== run) return;
      const target = targets[i];
      const pre = pending[i];
      if (!target || !pre) continue;
      // Mermaid's own output under securityLevel 'strict' (sanitised by DOMPurify); the source is ours, not a reader's.
      target.innerHTML = svg;
      pre.hidden = true;
    }
  };
  void draw();
  new MutationObserver(() => void draw()).observe(doc.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
}
