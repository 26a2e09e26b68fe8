import { describe, expect, test } from 'vitest';
import { explainText, hasText, koreanDuration, problemText, problemWhere, tableKindText, textIds } from './index.ts';
import { BORROWED_OWNER_TEXTS, COMPONENTS, FINDING_IDS, MESSAGE_IDS, OWNER_KINDS, STATUS_VOCABULARY } from '../kubectl/index.ts';
import { statusTextIds } from '../kubectl/status.ts';

/** Every id the core can emit, gathered from the core's own lists. */
function emittedIds(): string[] {
  const ids = new Set<string>(statusTextIds());
  for (const e of STATUS_VOCABULARY) for (const c of e.commands) ids.add(`${c.why}:no-ns`);
  for (const e of STATUS_VOCABULARY) for (const c of e.commands) ids.add(`${c.why}:ns-inferred`);
  for (const c of COMPONENTS) ids.add(c.role);
  for (const f of FINDING_IDS) ids.add(`finding.${f}`);
  for (const m of MESSAGE_IDS) ids.add(`message.${m}`);
  for (const p of ['row-fallback', 'ip-named', 'truncated-row', 'unrecognised-line', 'input-too-large', 'binary-input', 'empty-input', 'header-without-rows', 'headerless-row', 'line-too-long', 'trailing-text', 'header-wrapped', 'flattened-table', 'flattened-rows', 'names-only', 'lines-unwrapped', 'header-unwrapped', 'name-shortened', 'name-capitalised', 'node-hidden', 'escaped-table', 'names-repeated', 'row-continued', 'none-lost', 'value-left-out', 'cell-unread', 'table-unpadded', 'table-piped', 'prompt-glued', 'age-typo', 'age-cut', 'age-without-unit', 'ages-run-together', 'headerless-unread', 'columns-elided', 'text-before-header', 'text-before-row', 'translated-row', 'name-placeholder']) ids.add(`problem.${p}`);
  // Problems a run of lines shares (`through`) have a text of their own.
  for (const p of ['row-fallback', 'headerless-row', 'headerless-unread', 'table-unpadded', 'table-piped', 'columns-elided', 'none-lost', 'ip-named', 'translated-row']) ids.add(`problem.${p}.run`);
  for (const k of OWNER_KINDS) ids.add(`owner.${k}`);
  for (const t of BORROWED_OWNER_TEXTS) ids.add(t);
  for (const s of ['ok', 'progress', 'warning', 'error', 'unknown']) ids.add(`severity.${s}`);
  for (const r of ['control-plane', 'worker', 'edge', 'unknown']) ids.add(`role.${r}`);
  for (const n of ['host', 'pod', 'unknown']) ids.add(`network.${n}.short`);
  for (const x of ['network.host', 'network.pod', 'explain.ready-partial', 'explain.completed-long-running', 'explain.ended-long-running', 'explain.attempt-replaced', 'explain.terminating-node-down', 'explain.terminating-stuck', 'explain.owner-guess', 'explain.owner-name-cut', 'explain.claim-pending', 'explain.unschedulable', 'explain.stuck', 'explain.creating-cni-running', 'explain.pending-no-scheduler', 'explain.pending-no-ready-node', 'explain.restarting', 'explain.readiness-gates-pending', 'explain.namespace-unknown', 'explain.namespace-inferred-system', 'why.describe-owner', 'ui.nodes', 'ui.findings', 'ui.table-kind.unknown']) ids.add(x);
  return [...ids].sort();
}

describe('i18n', () => {
  test('both languages have the same keys', () => {
    expect(textIds('ko').sort()).toEqual(textIds('en').sort());
  });
  test.each(emittedIds().map((id) => ({ id })))('$id has Korean and English text', ({ id }) => {
    expect(hasText('ko', id)).toBe(true);
    expect(hasText('en', id)).toBe(true);
  });
  test.each([
    { name: 'fills vars', lang: 'en' as const, id: 'finding.restarts-recent', vars: { name: 'web-0', count: 40, ago: '2m' }, expected: 'Pod web-0 restarted 40 times, the last 2m ago.' },
    { name: 'one restart is one time, not "1 times"', lang: 'en' as const, id: 'finding.restarts-recent', vars: { name: 'web-0', count: 1, ago: '51s' }, expected: 'Pod web-0 restarted 1 time, the last 51s ago.' },
    { name: 'one unhealthy CNI pod', lang: 'en' as const, id: 'finding.cni-not-ready', vars: { count: 1, nodes: 'w1' }, expected: '1 CNI pod not healthy (nodes: w1): pods there may get no network.' },
    { name: 'Korean has no plural ending to drop', lang: 'ko' as const, id: 'finding.restarts-many', vars: { name: 'web-0', count: 1 }, expected: '파드 web-0: 1번 재시작.' },
    { name: 'unknown id comes back as itself', lang: 'ko' as const, id: 'no.such.id', vars: undefined, expected: 'no.such.id' },
    { name: 'missing var stays visible', lang: 'en' as const, id: 'finding.pods-in-status', vars: { count: 2 }, expected: 'Pods in {status}: 2.' },
    { name: 'Korean uses the Korean docs terms', lang: 'ko' as const, id: 'owner.StaticPod', vars: undefined, expected: '스태틱 파드. 노드의 kubelet이 파일을 읽어 직접 실행하고, 이름 끝에 노드 이름을 붙입니다.' },
  ])('explainText: $name', ({ lang, id, vars, expected }) => expect(explainText(lang, id, vars)).toBe(expected));
  test.each([
    { input: '5m10s', expected: '5분 10초' },
    { input: '2d3h', expected: '2일 3시간' },
    { input: '45s', expected: '45초' },
    { input: '2y247d', expected: '2년 247일' },
    { input: '<invalid>', expected: '<invalid>' },
  ])('koreanDuration($input)', ({ input, expected }) => expect(koreanDuration(input)).toBe(expected));
  test('a Korean finding reads the time in Korean; the English one keeps kubectl\'s', () => {
    expect(explainText('ko', 'finding.restarts-recent', { name: 'web-0', count: 3, ago: '5m10s' })).toContain('마지막 재시작은 5분 10초 전');
    expect(explainText('en', 'finding.restarts-recent', { name: 'web-0', count: 3, ago: '5m10s' })).toContain('5m10s ago');
  });
  test.each([
    { name: 'a resource name stays', lang: 'ko' as const, kind: 'deployment.apps', expected: 'deployment.apps' },
    { name: 'an unnamed table gets words (ko)', lang: 'ko' as const, kind: 'unknown', expected: '종류 모름' },
    { name: 'an unnamed table gets words (en)', lang: 'en' as const, kind: 'unknown', expected: 'unknown kind' },
  ])('tableKindText: $name', ({ lang, kind, expected }) => expect(tableKindText(lang, kind)).toBe(expected));
  test('the no-namespace variant adds the note', () => {
    expect(explainText('en', 'why.logs:no-ns')).toContain('add -n NAMESPACE');
  });
  test('the inferred-namespace variant adds its note', () => {
    expect(explainText('en', 'why.logs:ns-inferred')).toContain('-n kube-system is read from the pods');
  });
});

describe('problem texts', () => {
  test.each([
    { name: 'one line', p: { line: 5, code: 'row-fallback', message: 'm' }, ko: ['5번째 줄', '헤더와 열이 맞지 않는 행: 값의 형태로 열을 추정했습니다.'], en: ['line 5', 'Row not aligned with its header: columns assigned by what the values look like.'] },
    { name: 'a run of lines', p: { line: 5, code: 'row-fallback', message: 'm', through: 9 }, ko: ['5-9번째 줄', '헤더와 열이 맞지 않는 행들: 값의 형태로 열을 추정했습니다.'], en: ['lines 5-9', 'Rows not aligned with their header: columns assigned by what the values look like.'] },
    { name: 'a run of a code with one text', p: { line: 2, code: 'truncated-row', message: 'm', through: 3 }, ko: ['2-3번째 줄', '잘린 행: 빠진 열은 비워 두었습니다.'], en: ['lines 2-3', 'Row cut off: the missing columns are left empty.'] },
    { name: 'a code without a text keeps the core\'s message', p: { line: 1, code: 'no-such-code', message: 'The core said so.' }, ko: ['1번째 줄', 'The core said so.'], en: ['line 1', 'The core said so.'] },
  ])('$name', ({ p, ko, en }) => {
    expect([problemWhere('ko', p), problemText('ko', p)]).toEqual(ko);
    expect([problemWhere('en', p), problemText('en', p)]).toEqual(en);
  });
});
