// The cluster map: a Mermaid diagram, loaded and drawn only once the reader opens it, redrawn on theme change.
import { useEffect, useRef, useState } from 'preact/hooks';
import { clusterMapMermaid, type Lang, type Model } from '../../kubectl/index.ts';
import { explainText } from '../../i18n/index.ts';
import type { Tr } from './shared.ts';

let mapCounter = 0;

export default function ClusterMap({ model, lang, t }: { model: Model; lang: Lang; t: Tr }) {
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<'idle' | 'loading' | 'done' | 'failed'>('idle');
  const host = useRef<HTMLDivElement>(null);
  const [theme, setTheme] = useState(() => (typeof document === 'undefined' ? 'dark' : document.documentElement.dataset['theme'] ?? 'dark'));

  useEffect(() => {
    const obs = new MutationObserver(() => setTheme(document.documentElement.dataset['theme'] ?? 'dark'));
    obs.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => obs.disconnect();
  }, []);

  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    setState('loading');
    (async () => {
      try {
        const mermaid = (await import('mermaid')).default;
        mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: theme === 'dark' ? 'dark' : 'default' });
        const { svg } = await mermaid.render(`explain-map-${++mapCounter}`, clusterMapMermaid(model, lang));
        if (cancelled || !host.current) return;
        // The one place markup is inserted: Mermaid's own output, sanitised under securityLevel 'strict'.
        // Labels in it are escaped by the core (mermaidLabel), never raw pasted text.
        host.current.innerHTML = svg;
        setState('done');
      } catch {
        if (!cancelled) setState('failed');
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [open, model, lang, theme]);

  return (
    <section class="explainer__section" aria-labelledby="explain-map-h">
      <h2 id="explain-map-h">{explainText(lang, 'ui.map.title')}</h2>
      <details class="explainer__map" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>{t('explain.map.show')}</summary>
        <p class="explainer__status" role="status">
          {state === 'loading' ? t('explain.map.loading') : state === 'failed' ? t('explain.map.failed') : ''}
        </p>
        {/* Named apart from the section around it (same name twice: axe landmark-unique). */}
        <div class="explainer__map-scroll" tabindex={0} role="region" aria-label={explainText(lang, 'ui.map.region')}>
          <div ref={host} class="explainer__map-svg" />
        </div>
      </details>
    </section>
  );
}
