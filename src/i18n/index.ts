/**
 * Texts for the explainer core's ids, in Korean (the site's root language) and English.
 *
 * Shared by server, browser and CLI: pure data and string functions, no DOM, no Node API.
 */
import { en, type TextId } from './explain.en.ts';
import { ko } from './explain.ko.ts';

export type { TextId };
export type TextLang = 'ko' | 'en';

const DICTS: Record<TextLang, Readonly<Record<string, string>>> = { ko, en };

/** Suffix the core adds to a next-command reason when the namespace is unknown (the command omits -n). */
const NO_NS = ':no-ns';
/** Suffix the core adds when the command's -n is read from the pods (kube-system's own), not from the paste. */
const NS_INFERRED = ':ns-inferred';

function lookup(lang: TextLang, id: string): string | undefined {
  const dict = DICTS[lang] ?? DICTS.ko;
  if (Object.prototype.hasOwnProperty.call(dict, id)) return dict[id];
  if (id.endsWith(NO_NS)) {
    const base = lookup(lang, id.slice(0, -NO_NS.length));
    const note = dict['why.no-ns'];
    if (base !== undefined && note !== undefined) return `${base} ${note}`;
  }
  if (id.endsWith(NS_INFERRED)) {
    const base = lookup(lang, id.slice(0, -NS_INFERRED.length));
    const note = dict['why.ns-inferred'];
    if (base !== undefined && note !== undefined) return `${base} ${note}`;
  }
  return undefined;
}

/**
 * The text for an id, with `{var}` placeholders filled. An unknown id comes back as itself: never throws.
 *
 * @example
 * explainText('en', 'finding.restarts-recent', { name: 'web-0', count: 40, ago: '2m' })
 * // 'Pod web-0 restarted 40 times, the last 2m ago.'
 * explainText('ko', 'no.such.id') // 'no.such.id'
 */
export function explainText(lang: TextLang, id: string, vars?: Readonly<Record<string, string | number>>): string {
  const text = lookup(lang, id);
  if (text === undefined) return id;
  if (vars === undefined) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const close = text.indexOf('}', open);
    if (close < 0) break;
    const key = text.slice(open + 1, close);
    // `{s:count}`: English's plural ending, none when that number is 1 ("1 time", "2 times").
    const plural = key.startsWith('s:') ? key.slice(2) : null;
    const name = plural ?? key;
    const v = Object.prototype.hasOwnProperty.call(vars, name) ? vars[name] : undefined;
    const shown = v === undefined ? text.slice(open, close + 1) : plural !== null ? (Number(v) === 1 ? '' : 's') : (key === 'ago' || key === 'age') && lang === 'ko' ? koreanDuration(String(v)) : String(v);
    out += text.slice(i, open) + shown;
    i = close + 1;
  }
  return out + text.slice(i);
}

const KO_UNITS: Record<string, string> = { y: '년', d: '일', h: '시간', m: '분', s: '초' };

/**
 * kubectl's duration (`5m10s`, `2d3h`, `45s`) in Korean words (`5분 10초`); anything else as it came.
 *
 * @example
 * koreanDuration('5m10s') // '5분 10초'
 */
export function koreanDuration(text: string): string {
  if (!/^(?:\d+[ydhms])+$/.test(text)) return text;
  return text.replace(/(\d+)([ydhms])/g, (_, n: string, u: string) => `${n}${KO_UNITS[u] ?? u} `).trimEnd();
}

/**
 * Another resource's table kind as a reader sees it: the resource name kubectl printed (`service`,
 * `deployment.apps`) stays as is; a table the core could not name gets words, not the id 'unknown'.
 *
 * @example
 * tableKindText('ko', 'unknown') // '종류 모름'
 */
export function tableKindText(lang: TextLang, kind: string): string {
  return kind === 'unknown' ? explainText(lang, 'ui.table-kind.unknown') : kind;
}

/**
 * @example
 * hasText('ko', 'status.running') // true
 */
export function hasText(lang: TextLang, id: string): boolean {
  return lookup(lang, id) !== undefined;
}

/** The part of a problem the texts need (the core's Problem). */
export interface ProblemLike {
  line: number;
  code: string;
  message: string;
  through?: number;
}

/**
 * Where a problem is: its line, or the run of lines it covers.
 *
 * @example
 * problemWhere('en', { line: 5, code: 'row-fallback', message: '', through: 9 }) // 'lines 5-9'
 */
export function problemWhere(lang: TextLang, p: ProblemLike): string {
  return p.through === undefined ? explainText(lang, 'ui.line', { line: p.line }) : explainText(lang, 'ui.lines', { from: p.line, to: p.through });
}

/**
 * What a problem says, in the reader's language (a run of lines has its own text); the core's English message
 * for a code without one.
 */
export function problemText(lang: TextLang, p: ProblemLike): string {
  const id = p.through === undefined ? `problem.${p.code}` : `problem.${p.code}.run`;
  if (hasText(lang, id)) return explainText(lang, id);
  return hasText(lang, `problem.${p.code}`) ? explainText(lang, `problem.${p.code}`) : p.message;
}

/** Every key of a language's dictionary (the tests check both languages have the same). */
export function textIds(lang: TextLang): string[] {
  return Object.keys(DICTS[lang]);
}
