/**
 * The kubectl output explainer: paste `kubectl get pods` output, get an annotated table (sortable,
 * filterable, each row opening its explanation and next commands), a summary of the cluster, a live
 * cluster map, and a share link that carries the paste in the URL fragment (never sent to a server).
 *
 * Parsing runs in a Web Worker (explain.worker.ts), so a 100,000-row paste keeps the page responsive; big
 * tables render only the rows in view. Pasted text is only ever rendered as text nodes; the one place
 * markup is inserted is Mermaid's own sanitised SVG of the cluster map (securityLevel 'strict').
 *
 *   import Explainer from '~/islands/Explainer.tsx';
 *   <Explainer client:load lang="ko" />
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import {
  clusterMapMermaid, componentById, explain, hasPodTable, redact, SEVERITY_ORDER, SEVERITY_SYMBOL,
  type Lang, type Model, type NodeRole, type PodRow, type Severity,
} from '../kubectl/index.ts';
import { explainText, hasText } from '../i18n/index.ts';
import { uiText, type UiKey } from '../i18n/ui.ts';
import {
  copyMarkdown, decodeShareFragment, docsHref, encodeShareFragment, filterRows, guideHref, legendEntries, NO_NODE, nodeRoles, rowCells,
  sortRows, summary, tableColumns, type ColumnKey, type RowFilter, type SortDir, type SortKey,
} from '../explainer/view.ts';
import { SHARE_MAX_CHARS, type WorkerRequest, type WorkerResponse } from './explain-protocol.ts';
import './Explainer.css';

interface Props {
  lang: Lang;
}

/** The three samples the buttons load, fetched only when asked for. */
const SAMPLES = import.meta.glob<string>('../../content/samples/{seed-lab,eks-cluster-in-trouble,big-cluster-200}.txt', {
  query: '?raw',
  import: 'default',
});
const SAMPLE_NAMES = ['seed-lab', 'eks-cluster-in-trouble', 'big-cluster-200'] as const;

const DEBOUNCE_MS = 150;
const SHARE_DEBOUNCE_MS = 400;
/** Tables with more rows than this render only the rows in view. */
const VIRTUAL_AT = 200;
const VIEWPORT_PX = 560;
const OVERSCAN = 6;
/** How many of a finding's rows get their own link. */
const FINDING_LINKS = 5;
const PROBLEMS_SHOWN = 100;
const LIFECYCLE = 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/';
const BASE = import.meta.env.BASE_URL;

interface Result {
  model: Model;
  /** The text the model was read from (the textarea may have moved on). */
  text: string;
  partial: boolean;
  lines: number;
}

type Tr = (key: string, vars?: Record<string, string | number>) => string;

function useT(lang: Lang): Tr {
  return useCallback((key: string, vars: Record<string, string | number> = {}) => uiText(lang, key as UiKey, vars), [lang]);
}

/** Runs the core in a worker; falls back to the main thread where workers are unavailable. */
function useParser(onResult: (r: Result) => void) {
  const worker = useRef<Worker | null>(null);
  const busy = useRef(false);
  const seq = useRef(0);
  const texts = useRef(new Map<number, string>());
  const cb = useRef(onResult);
  cb.current = onResult;

  const fallback = (id: number, text: string) => {
    if (id !== seq.current) return;
    busy.current = false;
    cb.current({ model: explain(text), text, partial: false, lines: 0 });
  };

  const start = (): Worker | null => {
    try {
      const w = new Worker(new URL('./explain.worker.ts', import.meta.url), { type: 'module' });
      w.onmessage = (e: MessageEvent<WorkerResponse>) => {
        const m = e.data;
        if (m.type !== 'model' || m.id !== seq.current) return;
        const text = texts.current.get(m.id) ?? '';
        // Marks for measuring (tests/e2e/explain.test.ts prints them): when each answer reached the page.
        performance.mark(m.partial ? 'explain:partial' : 'explain:model');
        if (!m.partial) {
          busy.current = false;
          texts.current.delete(m.id);
        }
        cb.current({ model: m.model, text, partial: m.partial, lines: m.lines });
      };
      w.onerror = () => {
        worker.current?.terminate();
        worker.current = null;
        const text = texts.current.get(seq.current);
        if (text !== undefined) fallback(seq.current, text);
      };
      return w;
    } catch {
      return null;
    }
  };

  useEffect(() => () => worker.current?.terminate(), []);

  return useCallback((text: string) => {
    const id = ++seq.current;
    // A paste still being read is out of date: stop it rather than queue behind it.
    if (busy.current && worker.current) {
      worker.current.terminate();
      worker.current = null;
    }
    texts.current.clear();
    texts.current.set(id, text);
    busy.current = true;
    worker.current ??= start();
    performance.mark('explain:posted');
    if (worker.current) worker.current.postMessage({ type: 'explain', id, text } satisfies WorkerRequest);
    else fallback(id, text);
  }, []);
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export default function Explainer({ lang }: Props) {
  const t = useT(lang);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [result, setResult] = useState<Result | null>(null);
  const [reading, setReading] = useState(false);
  const [announce, setAnnounce] = useState('');
  const [redactOn, setRedactOn] = useState(false);
  const [shareNote, setShareNote] = useState('');
  const [filter, setFilter] = useState<{ namespace: string; node: string; severity: Severity | ''; text: string }>({ namespace: '', node: '', severity: '', text: '' });
  const [lineFilter, setLineFilter] = useState<ReadonlySet<number> | undefined>(undefined);
  const [sort, setSort] = useState<{ key: SortKey; dir: SortDir }>({ key: 'line', dir: 'asc' });
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
  useEffect(() => {
    const timer = setTimeout(() => {
      const clean = location.pathname + location.search;
      if (text.trim() === '') {
        if (location.hash.startsWith('#paste=')) history.replaceState(history.state, '', clean);
        setShareNote('');
        return;
      }
      if (text.length > SHARE_MAX_CHARS) {
        if (location.hash !== '') history.replaceState(history.state, '', clean);
        setShareNote(t('explain.share.tooLarge', { size: text.length.toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-US') }));
        return;
      }
      setShareNote('');
      try {
        history.replaceState(history.state, '', clean + encodeShareFragment(redactOn ? redact(text) : text));
      } catch {
        // A URL the browser refuses: the page works without it.
      }
    }, SHARE_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, redactOn]);

  const model = result?.model ?? null;

  const onInput = (e: JSX.TargetedEvent<HTMLTextAreaElement, Event>) => setText(e.currentTarget.value);

  const onDrop = (e: JSX.TargetedDragEvent<HTMLTextAreaElement>) => {
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    if (!(file.type === '' || file.type.startsWith('text/') || /\.(txt|log|out)$/i.test(file.name))) {
      say(t('explain.dropOnlyText'));
      return;
    }
    const reader = new FileReader();
    reader.onload = () => {
      if (typeof reader.result === 'string') {
        load(reader.result);
        say(t('explain.fileRead', { name: file.name }));
      }
    };
    reader.readAsText(file);
  };

  const loadSample = async (name: (typeof SAMPLE_NAMES)[number]) => {
    const loader = SAMPLES[`../../content/samples/${name}.txt`];
    if (loader) load(await loader());
  };

  const copyLink = async () => {
    let href = location.href;
    if (text.trim() !== '' && text.length <= SHARE_MAX_CHARS) {
      href = location.origin + location.pathname + location.search + encodeShareFragment(redactOn ? redact(text) : text);
      try {
        history.replaceState(history.state, '', href);
      } catch {
        // keep going: the link is still copied
      }
    }
    say((await copyText(href)) ? t('explain.copied') : t('explain.copyFailed'));
  };

  const copyTable = async () => {
    if (!model) return;
    say((await copyText(copyMarkdown(model, lang))) ? t('explain.copied') : t('explain.copyFailed'));
  };

  const copyCommand = async (command: string) => say((await copyText(command)) ? t('explain.copied') : t('explain.copyFailed'));

  /** Shows one row: clears the filters that hide it, opens it, scrolls to it and focuses its button. */
  const goToRow = (line: number) => {
    setFilter({ namespace: '', node: '', severity: '', text: '' });
    setLineFilter(undefined);
    setOpenLine(line);
    setFocusLine(line);
  };

  const showRows = (lines: number[]) => {
    setFilter({ namespace: '', node: '', severity: '', text: '' });
    setLineFilter(new Set(lines));
    setOpenLine(null);
  };

  const ids = { input: 'explain-input', hint: 'explain-hint' };

  return (
    <div class="explainer not-content">
      <div class="explainer__input">
        <label for={ids.input} class="explainer__label">
          {t('explain.input.label')}
        </label>
        <p id={ids.hint} class="explainer__hint">
          {t('explain.input.hint')}
        </p>
        <textarea
          id={ids.input}
          ref={textarea}
          aria-describedby={ids.hint}
          rows={10}
          spellcheck={false}
          autocomplete="off"
          autocapitalize="off"
          wrap="off"
          onInput={onInput}
          onDragOver={(e) => e.preventDefault()}
          onDrop={onDrop}
        />
        <div class="explainer__toolbar" role="group" aria-label={t('explain.samples')}>
          <span class="explainer__toolbar-label" aria-hidden="true">
            {t('explain.samples')}:
          </span>
          {SAMPLE_NAMES.map((name) => (
            <button type="button" key={name} onClick={() => void loadSample(name)}>
              {t(`explain.sample.${name}`)}
            </button>
          ))}
          <button type="button" onClick={() => load('')} disabled={text === ''}>
            {t('explain.clear')}
          </button>
        </div>
      </div>

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
        <section class="explainer__section explainer__share" aria-labelledby="explain-share-h">
          <h2 id="explain-share-h">{t('explain.share')}</h2>
          <p class="explainer__hint">{t('explain.share.note')}</p>
          <label class="explainer__switch">
            <input type="checkbox" role="switch" checked={redactOn} onChange={(e) => setRedactOn(e.currentTarget.checked)} />
            {t('explain.share.redact')}
          </label>
          {shareNote && <p>{shareNote}</p>}
          <div class="explainer__toolbar">
            <button type="button" onClick={() => void copyLink()}>
              {t('explain.share.copyLink')}
            </button>
            <button type="button" onClick={() => void copyTable()} disabled={!model || !hasPodTable(model)}>
              {t('explain.share.copyMarkdown')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}

function Summary({ model, lang, t, onRow, onRows }: { model: Model; lang: Lang; t: Tr; onRow: (line: number) => void; onRows: (lines: number[]) => void }) {
  const s = useMemo(() => summary(model, lang), [model, lang]);
  const names = useMemo(() => new Map(model.rows.map((r) => [r.line, r.name])), [model]);
  const none = explainText(lang, 'ui.none');
  return (
    <section class="explainer__section explainer__summary" aria-labelledby="explain-summary-h">
      <h2 id="explain-summary-h">{t('explain.summary')}</h2>
      <h3>{t('explain.summary.nodes', { count: s.nodes.length })}</h3>
      {s.nodes.length > 0 ? (
        <ul class="explainer__nodes">
          {s.nodes.map((n) => (
            <li key={n.name}>
              {t('explain.summary.node', { name: n.name, role: n.roleLabel, pods: n.pods })}
              {n.hostNetworkPods > 0 && <>, {t('explain.summary.nodeHost', { count: n.hostNetworkPods })}</>}
              {n.address && <> · {n.address}</>}
            </li>
          ))}
        </ul>
      ) : (
        <p>{none}</p>
      )}
      <p>{t('explain.summary.hostNetwork', { count: `${s.hostNetworkPods} / ${s.pods}` })}</p>
      <dl class="explainer__facts">
        <dt>{explainText(lang, 'ui.pod-networks')}</dt>
        <dd>{s.podNetworks.length > 0 ? s.podNetworks.join(', ') : none}</dd>
        <dt>{explainText(lang, 'ui.node-networks')}</dt>
        <dd>{s.nodeNetworks.length > 0 ? s.nodeNetworks.join(', ') : none}</dd>
        <dt>{explainText(lang, 'ui.cni')}</dt>
        <dd>{s.cni ?? none}</dd>
        <dt>{explainText(lang, 'ui.dns')}</dt>
        <dd>{s.dns ?? none}</dd>
      </dl>
      <h3>{t('explain.summary.findings')}</h3>
      {s.findings.length === 0 ? (
        <p>{t('explain.summary.noFindings')}</p>
      ) : (
        <ol class="explainer__findings">
          {s.findings.map((f, i) => (
            <li key={i} class={`explainer__finding sev-${f.severity}`}>
              <span class="explainer__sev">{f.severityLabel}</span> {f.text}
              {f.rows.length > 0 && (
                <ul class="explainer__rowlinks">
                  {f.rows.slice(0, FINDING_LINKS).map((line) => (
                    <li key={line}>
                      <a
                        href={`#row-${line}`}
                        onClick={(e) => {
                          e.preventDefault();
                          onRow(line);
                        }}
                      >
                        {t('explain.summary.rowLink', { name: names.get(line) ?? '', line })}
                      </a>
                    </li>
                  ))}
                  {f.rows.length > 1 && (
                    <li>
                      <button type="button" class="explainer__linkish" onClick={() => onRows(f.rows)}>
                        {t('explain.summary.showRows', { count: f.rows.length })}
                      </button>
                    </li>
                  )}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

interface TableProps {
  model: Model;
  lang: Lang;
  t: Tr;
  filter: RowFilter;
  setFilter: (f: { namespace: string; node: string; severity: Severity | ''; text: string }) => void;
  clearLines: () => void;
  sort: { key: SortKey; dir: SortDir };
  setSort: (s: { key: SortKey; dir: SortDir }) => void;
  openLine: number | null;
  setOpenLine: (l: number | null) => void;
  focusLine: number | null;
  clearFocus: () => void;
  onCopy: (command: string) => void;
}

function PodTable(p: TableProps) {
  const { model, lang, t, filter, sort } = p;
  const columns = useMemo(() => tableColumns(lang), [lang]);
  const roles = useMemo(() => nodeRoles(model), [model]);
  const namespaces = useMemo(() => [...new Set(model.rows.map((r) => r.namespace).filter((n): n is string => n !== null))].sort(), [model]);
  const hasNoNode = useMemo(() => model.rows.some((r) => r.node === null), [model]);
  const view = useMemo(() => sortRows(filterRows(model.rows, filter), sort.key, sort.dir), [model, filter.namespace, filter.node, filter.severity, filter.text, filter.lines, sort.key, sort.dir]);
  const virtual = view.length > VIRTUAL_AT;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [rowH, setRowH] = useState(41);
  const frame = useRef(0);
  const colCount = columns.length + 1;
  const f = { namespace: filter.namespace ?? '', node: filter.node ?? '', severity: filter.severity ?? '', text: filter.text ?? '' };

  const onScroll = () => {
    if (!virtual || frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      setScrollTop(scroller.current?.scrollTop ?? 0);
    });
  };

  // Measure the real row height once rows exist (fonts and zoom change it).
  useLayoutEffect(() => {
    if (!virtual) return;
    const tr = scroller.current?.querySelector<HTMLElement>('tbody tr.explainer__row');
    const h = tr?.getBoundingClientRect().height;
    if (h && Math.abs(h - rowH) > 0.5) setRowH(h);
  }, [virtual, view]);

  // Bring a row asked for (from a finding) into view and focus its button.
  useEffect(() => {
    if (p.focusLine === null) return;
    const i = view.findIndex((r) => r.line === p.focusLine);
    if (i < 0) return;
    const el = scroller.current;
    if (virtual && el) {
      el.scrollTop = Math.max(0, i * rowH - rowH);
      setScrollTop(el.scrollTop);
    }
    const line = p.focusLine;
    requestAnimationFrame(() => {
      const btn = document.querySelector<HTMLButtonElement>(`#row-${line} .explainer__toggle`);
      btn?.focus();
      btn?.scrollIntoView({ block: 'nearest' });
      p.clearFocus();
    });
  }, [p.focusLine, view]);

  let start = 0;
  let end = view.length;
  if (virtual) {
    start = Math.max(0, Math.floor(scrollTop / rowH) - OVERSCAN);
    end = Math.min(view.length, start + Math.ceil(VIEWPORT_PX / rowH) + 2 * OVERSCAN);
  }
  const slice = view.slice(start, end);
  const openRow = p.openLine === null ? undefined : model.rows.find((r) => r.line === p.openLine);

  const sortBy = (key: ColumnKey) => {
    p.setSort(sort.key === key ? { key, dir: sort.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' });
  };
  const ariaSort = (key: ColumnKey): 'ascending' | 'descending' | undefined =>
    sort.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined;

  return (
    <>
      <fieldset class="explainer__filters">
        <legend>{t('explain.filters')}</legend>
        <label>
          <span>{t('explain.filter.namespace')}</span>
          <select value={f.namespace} onChange={(e) => p.setFilter({ ...f, namespace: e.currentTarget.value })}>
            <option value="">{t('explain.filter.all')}</option>
            {namespaces.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('explain.filter.node')}</span>
          <select value={f.node} onChange={(e) => p.setFilter({ ...f, node: e.currentTarget.value })}>
            <option value="">{t('explain.filter.all')}</option>
            {model.nodes.map((n) => (
              <option key={n.name} value={n.name}>
                {n.name} ({explainText(lang, `role.${n.role}`)})
              </option>
            ))}
            {hasNoNode && <option value={NO_NODE}>{t('explain.filter.noNode')}</option>}
          </select>
        </label>
        <label>
          <span>{t('explain.filter.severity')}</span>
          <select value={f.severity} onChange={(e) => p.setFilter({ ...f, severity: e.currentTarget.value as Severity | '' })}>
            <option value="">{t('explain.filter.all')}</option>
            {SEVERITY_ORDER.map((s) => (
              <option key={s} value={s}>
                {SEVERITY_SYMBOL[s]} {explainText(lang, `severity.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('explain.filter.text')}</span>
          <input type="search" value={f.text} onInput={(e) => p.setFilter({ ...f, text: e.currentTarget.value })} />
        </label>
      </fieldset>
      <p class="explainer__count" aria-live="polite">
        {t('explain.filter.count', { shown: view.length, total: model.rows.length })}
        {filter.lines && (
          <>
            {' · '}
            {t('explain.filter.lines', { count: filter.lines.size })}{' '}
            <button type="button" class="explainer__linkish" onClick={p.clearLines}>
              {t('explain.filter.clearLines')}
            </button>
          </>
        )}
      </p>
      <div
        ref={scroller}
        class={`explainer__scroll${virtual ? ' explainer__scroll--virtual' : ''}`}
        tabindex={0}
        role="region"
        aria-label={t('explain.table.region')}
        onScroll={onScroll}
        style={virtual ? { maxHeight: `${VIEWPORT_PX}px` } : undefined}
      >
        <table class="explainer__table" aria-rowcount={virtual ? view.length + 1 : undefined}>
          <caption class="sr-only">{t('explain.table.caption')}</caption>
          <thead>
            <tr aria-rowindex={virtual ? 1 : undefined}>
              <th scope="col" class="explainer__toggle-col">
                <span class="sr-only">{explainText(lang, 'ui.col.explanation')}</span>
              </th>
              {columns.map((c) => (
                <th scope="col" key={c.key} aria-sort={ariaSort(c.key)}>
                  <button type="button" class="explainer__sort" onClick={() => sortBy(c.key)}>
                    {c.label}
                    <span aria-hidden="true" class="explainer__arrow">
                      {sort.key === c.key ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {start > 0 && (
              <tr aria-hidden="true" class="explainer__spacer" style={{ height: `${start * rowH}px` }}>
                <td colSpan={colCount} />
              </tr>
            )}
            {slice.map((row, k) => (
              <Row
                key={row.line}
                row={row}
                index={start + k}
                virtual={virtual}
                open={p.openLine === row.line}
                toggle={() => p.setOpenLine(p.openLine === row.line ? null : row.line)}
                roles={roles}
                lang={lang}
                t={t}
                colCount={colCount}
                onCopy={p.onCopy}
              />
            ))}
            {end < view.length && (
              <tr aria-hidden="true" class="explainer__spacer" style={{ height: `${(view.length - end) * rowH}px` }}>
                <td colSpan={colCount} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {virtual && openRow && (
        <div id={`details-${openRow.line}`} class="explainer__panel" role="region" aria-label={t('explain.details.title', { name: openRow.name })}>
          <RowDetails row={openRow} lang={lang} t={t} onCopy={p.onCopy} />
          <button type="button" onClick={() => p.setOpenLine(null)}>
            {t('explain.details.close')}
          </button>
        </div>
      )}
      <details class="explainer__legend">
        <summary>{t('explain.legend')}</summary>
        <dl>
          {legendEntries(lang).map((e) => (
            <div key={e.key}>
              <dt>{e.label}</dt>
              <dd>{e.description}</dd>
            </div>
          ))}
        </dl>
      </details>
    </>
  );
}

interface RowProps {
  row: PodRow;
  index: number;
  virtual: boolean;
  open: boolean;
  toggle: () => void;
  roles: ReadonlyMap<string, NodeRole>;
  lang: Lang;
  t: Tr;
  colCount: number;
  onCopy: (command: string) => void;
}

function Row({ row, index, virtual, open, toggle, roles, lang, t, colCount, onCopy }: RowProps) {
  const c = rowCells(row, lang, roles);
  const guide = guideHref(BASE, lang, row.component);
  const detailsId = `details-${row.line}`;
  return (
    <>
      <tr id={`row-${row.line}`} class={`explainer__row sev-${row.severity}${open ? ' is-open' : ''}`} aria-rowindex={virtual ? index + 2 : undefined}>
        <td class="explainer__toggle-cell">
          <button type="button" class="explainer__toggle" aria-expanded={open} aria-controls={open ? detailsId : undefined} onClick={toggle}>
            <span aria-hidden="true">{open ? '▾' : '▸'}</span>
            <span class="sr-only">{t('explain.row.toggle', { name: row.name })}</span>
          </button>
        </td>
        <th scope="row" class="explainer__name">
          {c.name}
        </th>
        <td>{c.namespace}</td>
        <td>{c.component === '' ? '' : guide ? <a href={guide}>{c.component}</a> : c.component}</td>
        <td>{c.owner}</td>
        <td>
          {c.node}
          {c.nodeRole && <span class="explainer__muted"> ({c.nodeRole})</span>}
        </td>
        <td>{c.network}</td>
        <td>{c.ready}</td>
        <td>{c.status}</td>
        <td>{c.restarts}</td>
        <td>{c.age}</td>
        <td class="explainer__sevcell">
          <span aria-hidden="true">{c.severitySymbol}</span> {c.severityWord}
        </td>
      </tr>
      {open && !virtual && (
        <tr id={detailsId} class="explainer__details-row">
          <td colSpan={colCount}>
            <RowDetails row={row} lang={lang} t={t} onCopy={onCopy} />
          </td>
        </tr>
      )}
    </>
  );
}

function RowDetails({ row, lang, t, onCopy }: { row: PodRow; lang: Lang; t: Tr; onCopy: (command: string) => void }) {
  const info = row.component === null ? undefined : componentById(row.component);
  const what = row.explanations.filter((id) => id.startsWith('component.') || id.startsWith('owner.') || id.startsWith('network.'));
  const status = row.explanations.filter((id) => !what.includes(id));
  const causes = status.filter((id) => id.startsWith('status.') && hasText(lang, `${id}.causes`)).map((id) => `${id}.causes`);
  const guide = guideHref(BASE, lang, row.component);
  const docs = docsHref(row.component);
  const facts: [string, string][] = [[t('explain.details.line', { line: row.line }), '']];
  if (row.ip) facts.push([t('explain.col.ip'), row.ip]);
  if (row.nominatedNode) facts.push([t('explain.col.nominated'), row.nominatedNode]);
  if (row.readinessGates) facts.push([t('explain.col.gates'), row.readinessGates]);
  if (row.labels) facts.push([t('explain.details.labels'), Object.entries(row.labels).map(([k, v]) => `${k}=${v}`).join(', ')]);
  for (const [k, v] of Object.entries(row.extra)) facts.push([k, v]);
  return (
    <div class="explainer__details">
      <h3>{t('explain.details.title', { name: row.name })}</h3>
      <h4>{t('explain.details.what')}</h4>
      <ul>
        {info === undefined && <li>{t('explain.details.noComponent')}</li>}
        {row.workload && <li>{t('explain.details.owner', { kind: row.workload.kind, name: row.workload.name })}</li>}
        {what.map((id) => (
          <li key={id}>{explainText(lang, id)}</li>
        ))}
      </ul>
      {status.length > 0 && (
        <>
          <h4>{t('explain.details.status')}</h4>
          <ul>
            {status.map((id) => (
              <li key={id}>{explainText(lang, id)}</li>
            ))}
          </ul>
        </>
      )}
      {causes.length > 0 && (
        <>
          <h4>{t('explain.details.why')}</h4>
          <ul>
            {causes.map((id) => (
              <li key={id}>{explainText(lang, id)}</li>
            ))}
          </ul>
        </>
      )}
      <h4>{t('explain.details.facts')}</h4>
      <dl class="explainer__facts">
        {facts.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            {v !== '' && <dd>{v}</dd>}
          </div>
        ))}
      </dl>
      {row.next.length > 0 && (
        <>
          <h4>{t('explain.details.next')}</h4>
          <ul class="explainer__commands">
            {row.next.map((n) => (
              <li key={n.command}>
                <code>{n.command}</code>{' '}
                <button type="button" onClick={() => onCopy(n.command)}>
                  {t('explain.copy')}
                  <span class="sr-only">: {n.command}</span>
                </button>
                <br />
                <span class="explainer__muted">{explainText(lang, n.why)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h4>{t('explain.details.links')}</h4>
      <ul>
        {guide && row.component && (
          <li>
            <a href={guide}>{t('explain.details.guide', { component: row.component })}</a>
          </li>
        )}
        {docs && row.component && (
          <li>
            <a href={docs} rel="external">
              {t('explain.details.docs', { component: row.component })}
            </a>
          </li>
        )}
        <li>
          <a href={LIFECYCLE} rel="external">
            {t('explain.details.lifecycle')}
          </a>
        </li>
      </ul>
    </div>
  );
}

/** The text of a 1-based line of `text`, cut to a readable length. */
function lineOf(text: string, line: number): string {
  let start = 0;
  for (let k = 1; k < line; k++) {
    const i = text.indexOf('\n', start);
    if (i < 0) return '';
    start = i + 1;
  }
  const end = text.indexOf('\n', start);
  const s = text.slice(start, end < 0 ? undefined : end).replace(/\r$/, '');
  return s.length > 240 ? `${s.slice(0, 240)}…` : s;
}

function Problems({ model, text, t, lang }: { model: Model; text: string; t: Tr; lang: Lang }) {
  const ignored = useMemo(() => model.lines.filter((l) => l.kind === 'noise'), [model]);
  if (model.problems.length === 0 && model.messages.length === 0 && ignored.length === 0) return null;
  const shown = model.problems.slice(0, PROBLEMS_SHOWN);
  return (
    <section class="explainer__section" aria-labelledby="explain-problems-h">
      <h2 id="explain-problems-h">{t('explain.problems.title', { count: model.problems.length })}</h2>
      {shown.length > 0 && (
        <ul class="explainer__problems">
          {shown.map((pr, i) => (
            <li key={i}>
              <strong>{explainText(lang, 'ui.line', { line: pr.line })}</strong>: {hasText(lang, `problem.${pr.code}`) ? explainText(lang, `problem.${pr.code}`) : pr.message}
              <pre>{lineOf(text, pr.line)}</pre>
            </li>
          ))}
          {model.problems.length > shown.length && <li>{t('explain.problems.more', { count: model.problems.length - shown.length })}</li>}
        </ul>
      )}
      {model.messages.length > 0 && (
        <>
          <h3>{t('explain.messages.title')}</h3>
          <ul>
            {model.messages.slice(0, PROBLEMS_SHOWN).map((m, i) => (
              <li key={i}>
                {t('explain.noTable.message', { line: m.line, text: explainText(lang, `message.${m.id}`) })}
                <pre>{lineOf(text, m.line)}</pre>
              </li>
            ))}
          </ul>
        </>
      )}
      {ignored.length > 0 && (
        <details class="explainer__legend">
          <summary>{t('explain.ignored.title', { count: ignored.length })}</summary>
          <ul class="explainer__problems">
            {ignored.slice(0, PROBLEMS_SHOWN).map((l) => (
              <li key={l.line}>
                <strong>{explainText(lang, 'ui.line', { line: l.line })}</strong>
                <pre>{lineOf(text, l.line)}</pre>
              </li>
            ))}
            {ignored.length > PROBLEMS_SHOWN && <li>{t('explain.problems.more', { count: ignored.length - PROBLEMS_SHOWN })}</li>}
          </ul>
        </details>
      )}
    </section>
  );
}

function NoPodTable({ model, text, lang, t }: { model: Model; text: string; lang: Lang; t: Tr }) {
  const prose = model.lines.filter((l) => l.kind === 'noise' || l.kind === 'problem').length;
  const items: string[] = [];
  for (const o of model.otherTables) items.push(t('explain.noTable.other', { line: o.line, kind: o.kind, rows: o.rows }));
  for (const m of model.messages) items.push(t('explain.noTable.message', { line: m.line, text: explainText(lang, `message.${m.id}`) }));
  for (const l of model.lines) {
    if (l.kind === 'message' && l.messageId && !model.messages.some((m) => m.line === l.line)) {
      items.push(t('explain.noTable.message', { line: l.line, text: explainText(lang, `message.${l.messageId}`) }));
    }
  }
  for (const c of model.commands) items.push(`${explainText(lang, 'ui.line', { line: c.line })}: ${c.command}`);
  if (prose > 0) items.push(t('explain.noTable.prose', { count: prose }));
  return (
    <section class="explainer__section explainer__notable" aria-labelledby="explain-notable-h">
      <h2 id="explain-notable-h">{t('explain.noTable.title')}</h2>
      <p>{t('explain.noTable.recognised')}</p>
      <ul>
        {items.length === 0 ? <li>{t('explain.noTable.nothing')}</li> : items.map((s, i) => <li key={i}>{s}</li>)}
      </ul>
      <p>{t('explain.noTable.instead')}</p>
      <pre>
        <code>kubectl get pods -A -o wide</code>
      </pre>
      <Problems model={model} text={text} t={t} lang={lang} />
    </section>
  );
}

let mapCounter = 0;

function ClusterMap({ model, lang, t }: { model: Model; lang: Lang; t: Tr }) {
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
        <div class="explainer__map-scroll" tabindex={0} role="region" aria-label={explainText(lang, 'ui.map.title')}>
          <div ref={host} class="explainer__map-svg" />
        </div>
      </details>
    </section>
  );
}
