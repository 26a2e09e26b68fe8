/**
 * The kubectl output explainer: paste `kubectl get pods` output, get an annotated table (sortable,
 * filterable, each row opening its explanation and next commands), a summary of the cluster, a live
 * cluster map, and a share link that carries the paste in the URL fragment (never sent to a server).
 *
 * Parsing runs in a Web Worker (explain.worker.ts), so a 100,000-row paste keeps the page responsive; big
 * tables render only the rows in view. Pasted text is only ever rendered as text nodes; the one place
 * markup is inserted is Mermaid's own sanitised SVG of the cluster map (securityLevel 'strict').
 *
 * This file holds the island's state and composes its pieces, which live in ./explainer/.
 *
 *   import Explainer from '~/islands/Explainer.tsx';
 *   <Explainer client:load lang="ko" />
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { hasPodTable, type Lang } from '../kubectl/index.ts';
import { decodeShareFragment } from '../explainer/view.ts';
import ClusterMap from './explainer/ClusterMap.tsx';
import ExplainerInput from './explainer/ExplainerInput.tsx';
import NoPodTable from './explainer/NoPodTable.tsx';
import PodTable, { type Sort } from './explainer/PodTable.tsx';
import Problems from './explainer/Problems.tsx';
import SharePanel from './explainer/SharePanel.tsx';
import { copyText, noFilters, useT, type Filters, type Result } from './explainer/shared.ts';
import Summary from './explainer/Summary.tsx';
import { useParser } from './explainer/useParser.ts';
import { useShareFragment } from './explainer/useShareFragment.ts';
import './Explainer.css';

interface Props {
  lang: Lang;
}

const DEBOUNCE_MS = 150;

export default function Explainer({ lang }: Props) {
  const t = useT(lang);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [result, setResult] = useState<Result | null>(null);
  const [reading, setReading] = useState(false);
  const [announce, setAnnounce] = useState('');
  const [redactOn, setRedactOn] = useState(false);
  const [filter, setFilter] = useState<Filters>(noFilters);
  const [lineFilter, setLineFilter] = useState<ReadonlySet<number> | undefined>(undefined);
  const [sort, setSort] = useState<Sort>({ key: 'line', dir: 'asc' });
  const [openLine, setOpenLine] = useState<number | null>(null);
  const [focusLine, setFocusLine] = useState<number | null>(null);
  const skipDebounce = useRef(false);

  const say = (msg: string) => {
    // Clear first so the same message ("Copied.") is announced again.
    setAnnounce('');
    setTimeout(() => setAnnounce(msg), 50);
  };

  const parse = useParser((r) => {
    setResult(r);
    setReading(r.partial);
    if (!r.partial) say(t('explain.readRows', { count: r.model.rows.length }));
  });

  const load = (value: string) => {
    if (textarea.current) textarea.current.value = value;
    skipDebounce.current = true;
    setText(value);
  };

  // Restore a shared paste from the fragment, on load and when a link to this page is opened in the same tab.
  useEffect(() => {
    const restore = () => {
      const pasted = decodeShareFragment(location.hash);
      if (pasted !== null) load(pasted);
      return pasted !== null;
    };
    // Text typed or pasted before the island woke up is in the textarea already: read it.
    if (!restore() && textarea.current && textarea.current.value !== '') load(textarea.current.value);
    addEventListener('hashchange', restore);
    return () => removeEventListener('hashchange', restore);
  }, []);

  // Read as the reader types (debounced).
  useEffect(() => {
    setOpenLine(null);
    setLineFilter(undefined);
    if (text.trim() === '') {
      setResult(null);
      setReading(false);
      return;
    }
    const run = () => {
      setReading(true);
      parse(text);
    };
    if (skipDebounce.current) {
      skipDebounce.current = false;
      run();
      return;
    }
    const timer = setTimeout(run, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  // Keep the share link in the URL (debounced); masked when the redact switch is on.
  const shareNote = useShareFragment(text, redactOn, lang, t);

  const model = result?.model ?? null;

  const copyCommand = async (command: string) => say((await copyText(command)) ? t('explain.copied') : t('explain.copyFailed'));

  /** Shows one row: clears the filters that hide it, opens it, scrolls to it and focuses its button. */
  const goToRow = (line: number) => {
    setFilter(noFilters());
    setLineFilter(undefined);
    setOpenLine(line);
    setFocusLine(line);
  };

  const showRows = (lines: number[]) => {
    setFilter(noFilters());
    setLineFilter(new Set(lines));
    setOpenLine(null);
  };

  return (
    <div class="explainer not-content">
      <ExplainerInput t={t} textarea={textarea} text={text} onText={setText} load={load} say={say} />

      <p class="explainer__status" role="status">
        {reading ? (result?.partial ? t('explain.readingPartial', { count: result.lines }) : t('explain.reading')) : ''}
      </p>
      <p class="sr-only" aria-live="polite">
        {announce}
      </p>

      {model && result && !hasPodTable(model) && <NoPodTable model={model} text={result.text} lang={lang} t={t} />}

      {model && result && hasPodTable(model) && (
        <>
          <Summary model={model} lang={lang} t={t} onRow={goToRow} onRows={showRows} />
          <section class="explainer__section" aria-labelledby="explain-table-h">
            <h2 id="explain-table-h">{t('explain.table.caption')}</h2>
            <PodTable
              model={model}
              lang={lang}
              t={t}
              filter={{ ...filter, lines: lineFilter }}
              setFilter={setFilter}
              clearLines={() => setLineFilter(undefined)}
              sort={sort}
              setSort={setSort}
              openLine={openLine}
              setOpenLine={setOpenLine}
              focusLine={focusLine}
              clearFocus={() => setFocusLine(null)}
              onCopy={copyCommand}
            />
          </section>
          <Problems model={model} text={result.text} t={t} lang={lang} />
          <ClusterMap model={model} lang={lang} t={t} />
        </>
      )}

      {text.trim() !== '' && (
        <SharePanel text={text} model={model} lang={lang} t={t} redactOn={redactOn} setRedactOn={setRedactOn} shareNote={shareNote} say={say} />
      )}
    </div>
  );
}
