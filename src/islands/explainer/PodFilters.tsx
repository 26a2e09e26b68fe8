// The pod table's filter controls: namespace, node, severity and free text.
import { useMemo } from 'preact/hooks';
import { SEVERITY_ORDER, SEVERITY_SYMBOL, type Lang, type Model, type Severity } from '../../kubectl/index.ts';
import { explainText } from '../../i18n/index.ts';
import { NO_NODE } from '../../explainer/view.ts';
import type { Filters, Tr } from './shared.ts';

interface Props {
  model: Model;
  lang: Lang;
  t: Tr;
  f: Filters;
  setFilter: (f: Filters) => void;
}

export default function PodFilters({ model, lang, t, f, setFilter }: Props) {
  const namespaces = useMemo(() => [...new Set(model.rows.map((r) => r.namespace).filter((n): n is string => n !== null))].sort(), [model]);
  const hasNoNode = useMemo(() => model.rows.some((r) => r.node === null), [model]);
  return (
    <fieldset class="explainer__filters">
      <legend>{t('explain.filters')}</legend>
      <label>
        <span>{t('explain.filter.namespace')}</span>
        <select value={f.namespace} onChange={(e) => setFilter({ ...f, namespace: e.currentTarget.value })}>
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
        <select value={f.node} onChange={(e) => setFilter({ ...f, node: e.currentTarget.value })}>
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
        <select value={f.severity} onChange={(e) => setFilter({ ...f, severity: e.currentTarget.value as Severity | '' })}>
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
        <input type="search" value={f.text} onInput={(e) => setFilter({ ...f, text: e.currentTarget.value })} />
      </label>
    </fieldset>
  );
}
