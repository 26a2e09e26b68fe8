/**
 * The SSH config builder: a form prefilled with the seed lab that regenerates `~/.ssh/config`,
 * `/etc/hosts` and shell functions as you type. All work happens in the page (src/ssh/generate.ts);
 * nothing is sent anywhere. Everything is rendered as text nodes, never as HTML.
 *
 *   import SshConfigBuilder from '~/islands/SshConfigBuilder.tsx';
 *   <SshConfigBuilder client:visible lang="ko" />
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Lang } from '../kubectl/model.ts';
import { uiText, type UiKey } from '../i18n/ui.ts';
import {
  generate,
  SEED_LAB,
  SEED_LAB_HOST_ONLY,
  type Field,
  type HostInput,
  type Mode,
  type PasswordSource,
  type Problem,
  type Warning,
} from '../ssh/generate.ts';
import './SshConfigBuilder.css';

interface Props {
  lang: Lang;
  /** Prefix for element ids; only needed when a page holds two builders. */
  idPrefix?: string;
}

interface Row {
  key: number;
  name: string;
  alias: string;
  address: string;
  port: string;
  user: string;
}

type RowField = 'name' | 'alias' | 'address' | 'port' | 'user';
const ROW_FIELDS: readonly RowField[] = ['name', 'alias', 'address', 'port', 'user'];

/** Row keys come from a per-instance counter so the server render and the hydrating client agree on ids. */
function toRows(hosts: readonly HostInput[], counter: { current: number }): Row[] {
  return hosts.map((h) => ({
    key: ++counter.current,
    name: h.name,
    alias: h.alias ?? '',
    address: h.address,
    port: String(h.port),
    user: h.user,
  }));
}

type OutputId = 'config' | 'hosts' | 'functions';

export default function SshConfigBuilder({ lang, idPrefix = 'sshcfg' }: Props) {
  const t = (key: UiKey, vars: Record<string, string | number> = {}) => uiText(lang, key, vars);
  const counter = useRef(0);
  const [rows, setRows] = useState<Row[]>(() => toRows(SEED_LAB, counter));
  const [identityFile, setIdentityFile] = useState('~/.ssh/id_ed25519');
  const [mode, setMode] = useState<Mode>('key');
  const [password, setPassword] = useState('');
  const [passwordSource, setPasswordSource] = useState<PasswordSource>('env');
  const [status, setStatus] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);

  const out = useMemo(
    () =>
      generate({
        hosts: rows.map(({ name, alias, address, port, user }) => ({ name, alias, address, port, user })),
        identityFile,
        mode,
        password,
        passwordSource,
        lang,
      }),
    [rows, identityFile, mode, password, passwordSource, lang],
  );

  const id = (...parts: (string | number)[]) => [idPrefix, ...parts].join('-');
  const problemFor = (row: number | null, field: Field): Problem | undefined =>
    out.problems.find((p) => p.row === row && p.field === field);
  const nodeLabel = (row: Row, index: number) => (row.name.trim() ? row.name.trim() : t('ssh.nodeN', { n: index + 1 }));
  const skipped = new Set(out.problems.filter((p) => p.row !== null).map((p) => p.row)).size;

  const update = (key: number, field: RowField, value: string) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, [field]: value } : r)));

  const focusLater = (elementId: string) =>
    setTimeout(() => (document.getElementById(elementId) as HTMLElement | null)?.focus(), 0);

  const addRow = () => {
    const last = rows[rows.length - 1];
    const port = last && /^\d+$/.test(last.port) && Number(last.port) < 65535 ? String(Number(last.port) + 1) : '22';
    const row: Row = { key: ++counter.current, name: '', alias: '', address: last?.address ?? '127.0.0.1', port, user: last?.user ?? 'root' };
    setRows((rs) => [...rs, row]);
    focusLater(id('r', row.key, 'name'));
  };

  const removeRow = (index: number) => {
    const remaining = rows.filter((_, i) => i !== index);
    setRows(remaining);
    const next = remaining[Math.min(index, remaining.length - 1)];
    if (next) focusLater(id('r', next.key, 'name'));
    else setTimeout(() => addButton.current?.focus(), 0);
  };

  const copy = async (what: string, text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('ssh.copied', { what }));
    } catch {
      setStatus(t('ssh.copyFailed'));
    }
  };

  const warningText = (w: Warning) => t(`ssh.warn.${w.code}` as UiKey, { host: w.host ?? '' });
  /** One line per warning code, the hosts it concerns joined: four nodes, one sentence. */
  const grouped = (ws: Warning[]): Warning[] => {
    const byCode = new Map<Warning['code'], string[]>();
    for (const w of ws) byCode.set(w.code, [...(byCode.get(w.code) ?? []), ...(w.host ? [w.host] : [])]);
    return [...byCode].map(([code, hosts]) => (hosts.length ? { code, host: hosts.join(', ') } : { code }));
  };
  const passwordWarnings = out.warnings.filter((w) => w.code.startsWith('password-'));
  const hostsWarnings = grouped(out.warnings.filter((w) => w.code.startsWith('hosts-')));
  const functionWarnings = grouped(out.warnings.filter((w) => w.code === 'no-function-name'));

  const outputs: { id: OutputId; label: string; text: string; warnings: Warning[] }[] = [
    { id: 'config', label: t('ssh.out.config'), text: out.sshConfig, warnings: [] },
    { id: 'hosts', label: t('ssh.out.hosts'), text: out.etcHosts, warnings: hostsWarnings },
    { id: 'functions', label: t('ssh.out.functions'), text: out.shellFunctions, warnings: functionWarnings },
  ];

  const labels: Record<RowField, string> = {
    name: t('ssh.name'),
    alias: t('ssh.alias'),
    address: t('ssh.address'),
    port: t('ssh.port'),
    user: t('ssh.user'),
  };

  return (
    <div class="ssh-builder not-content" lang={lang}>
      <p class="ssh-privacy">{t('ssh.privacy')}</p>

      <div class="ssh-presets" role="group" aria-labelledby={id('preset')}>
        <span id={id('preset')} class="ssh-presets-label">
          {t('ssh.preset')}
        </span>
        <button type="button" class="ssh-button" onClick={() => setRows(toRows(SEED_LAB, counter))}>
          {t('ssh.presetForwarded')}
        </button>
        <button type="button" class="ssh-button" onClick={() => setRows(toRows(SEED_LAB_HOST_ONLY, counter))}>
          {t('ssh.presetHostOnly')}
        </button>
      </div>

      <fieldset class="ssh-nodes">
        <legend>{t('ssh.nodes')}</legend>
        <p class="ssh-hint ssh-alias-note">{t('ssh.aliasNote')}</p>
        {rows.map((row, index) => (
          <fieldset class="ssh-row" key={row.key}>
            <legend>{t('ssh.nodeN', { n: index + 1 })}</legend>
            <div class="ssh-fields">
              {ROW_FIELDS.map((field) => {
                const inputId = id('r', row.key, field);
                const problem = problemFor(index, field);
                return (
                  <div class={`ssh-field ssh-field-${field}`} key={field}>
                    <label for={inputId}>{labels[field]}</label>
                    <input
                      id={inputId}
                      type="text"
                      inputMode={field === 'port' ? 'numeric' : undefined}
                      value={row[field]}
                      autocomplete="off"
                      autocapitalize="off"
                      spellcheck={false}
                      aria-invalid={problem ? 'true' : undefined}
                      aria-describedby={problem ? `${inputId}-problem` : undefined}
                      onInput={(e) => update(row.key, field, (e.currentTarget as HTMLInputElement).value)}
                    />
                    {problem && (
                      <p id={`${inputId}-problem`} class="ssh-problem">
                        {t(`ssh.problem.${problem.code}` as UiKey)}
                      </p>
                    )}
                  </div>
                );
              })}
              <div class="ssh-field ssh-field-remove">
                <button type="button" class="ssh-button ssh-remove" onClick={() => removeRow(index)}>
                  {t('ssh.removeRow', { node: nodeLabel(row, index) })}
                </button>
              </div>
            </div>
          </fieldset>
        ))}
        <button type="button" class="ssh-button ssh-add" ref={addButton} onClick={addRow}>
          {t('ssh.addRow')}
        </button>
      </fieldset>

      <div class="ssh-options">
        <div class="ssh-field ssh-field-identity">
          <label for={id('identity')}>{t('ssh.identityFile')}</label>
          <input
            id={id('identity')}
            type="text"
            value={identityFile}
            autocomplete="off"
            autocapitalize="off"
            spellcheck={false}
            aria-invalid={problemFor(null, 'identityFile') ? 'true' : undefined}
            aria-describedby={problemFor(null, 'identityFile') ? id('identity-problem') : undefined}
            onInput={(e) => setIdentityFile((e.currentTarget as HTMLInputElement).value)}
          />
          {problemFor(null, 'identityFile') && (
            <p id={id('identity-problem')} class="ssh-problem">
              {t('ssh.problem.invalid-identity-file')}
            </p>
          )}
        </div>

        <fieldset class="ssh-mode">
          <legend>{t('ssh.mode')}</legend>
          {(['key', 'sshpass'] as const).map((m) => (
            <label class="ssh-radio" key={m}>
              <input type="radio" name={id('mode')} value={m} checked={mode === m} onChange={() => setMode(m)} />
              {m === 'key' ? t('ssh.modeKey') : t('ssh.modeSshpass')}
            </label>
          ))}
        </fieldset>

        {mode === 'sshpass' && (
          <div class="ssh-sshpass">
            <fieldset class="ssh-mode">
              <legend>{t('ssh.passwordSource')}</legend>
              {(['env', 'arg'] as const).map((s) => (
                <label class="ssh-radio" key={s}>
                  <input
                    type="radio"
                    name={id('source')}
                    value={s}
                    checked={passwordSource === s}
                    onChange={() => setPasswordSource(s)}
                  />
                  <code>{s === 'env' ? t('ssh.sourceEnv') : t('ssh.sourceArg')}</code>
                </label>
              ))}
            </fieldset>
            <div class="ssh-field ssh-field-password">
              <label for={id('password')}>{t('ssh.password')}</label>
              <input
                id={id('password')}
                type="text"
                value={password}
                autocomplete="off"
                autocapitalize="off"
                spellcheck={false}
                aria-invalid={problemFor(null, 'password') ? 'true' : undefined}
                aria-describedby={[
                  passwordSource === 'env' ? id('password-hint') : '',
                  problemFor(null, 'password') ? id('password-problem') : '',
                ]
                  .filter(Boolean)
                  .join(' ') || undefined}
                onInput={(e) => setPassword((e.currentTarget as HTMLInputElement).value)}
              />
              {passwordSource === 'env' && (
                <p id={id('password-hint')} class="ssh-hint">
                  {t('ssh.passwordHint')}
                </p>
              )}
              {problemFor(null, 'password') && (
                <p id={id('password-problem')} class="ssh-problem">
                  {t(`ssh.problem.${problemFor(null, 'password')!.code}` as UiKey)}
                </p>
              )}
            </div>
            {passwordWarnings.length > 0 && (
              <div class="ssh-warning" role="note" aria-labelledby={id('warn-title')}>
                <p id={id('warn-title')} class="ssh-warning-title">
                  {t('ssh.warnTitle')}
                </p>
                <ul>
                  {passwordWarnings.map((w) => (
                    <li key={w.code}>{warningText(w)}</li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        )}
      </div>

      <section class="ssh-outputs" aria-labelledby={id('outputs')}>
        <h3 id={id('outputs')} class="ssh-outputs-title">
          {t('ssh.outputs')}
        </h3>
        {skipped > 0 && <p class="ssh-problem ssh-skipped">{t('ssh.skipped', { n: skipped })}</p>}
        {outputs.map((o) => (
          <div class="ssh-output" key={o.id}>
            <div class="ssh-output-head">
              <h4 id={id('out', o.id)}>
                <code>{o.label}</code>
              </h4>
              <button type="button" class="ssh-button" onClick={() => copy(o.label, o.text)}>
                {t('ssh.copy')}
                <span class="ssh-sr-only"> {o.label}</span>
              </button>
            </div>
            <pre tabIndex={0} aria-labelledby={id('out', o.id)}>
              <code>{o.text}</code>
            </pre>
            {o.warnings.length > 0 && (
              <ul class="ssh-output-notes">
                {o.warnings.map((w, i) => (
                  <li key={i}>{warningText(w)}</li>
                ))}
              </ul>
            )}
          </div>
        ))}
        <p class="ssh-status" aria-live="polite">
          {status}
        </p>
      </section>
    </div>
  );
}
