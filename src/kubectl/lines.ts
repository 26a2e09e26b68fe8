/**
 * Stage 1: lines. Splits a paste into lines, undoes the damage pasting does (tabs, CRLF, non-breaking
 * spaces, Markdown list and quote markers, indents) and classifies each line on its own: blank, code fence,
 * shell prompt with a kubectl command, a message kubectl prints instead of a table, a header, or text
 * (a row or prose, decided by the tables stage, which knows the header).
 *
 * Shared by server, browser and CLI: no DOM, no Node API.
 */

import { allInAlphabet } from './alphabet.ts';
import { isPrivateIpv4 } from './values.ts';

/** Past this many characters a paste is refused: no real `kubectl get pods` comes close (100k rows ≈ 15 MB). */
export const MAX_INPUT_CHARS = 20_000_000;
/** Past this many lines a paste is refused. */
export const MAX_INPUT_LINES = 1_000_000;
/** A single line longer than this is not a table row (a label-heavy row is a few KB). */
export const MAX_LINE_CHARS = 65_536;

/**
 * Splits text into lines on LF, CRLF or lone CR; a final newline does not make an extra line.
 *
 * @example
 * splitLines('a\r\nb\n') // ['a', 'b']
 */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.indexOf('\r') < 0 ? text.split('\n') : text.split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Counts lines without building them, so an oversized paste is refused cheaply. */
export function countLines(text: string): number {
  if (text === '') return 0;
  let count = 1;
  let i = text.indexOf('\n');
  while (i >= 0) {
    count++;
    i = text.indexOf('\n', i + 1);
  }
  if (text.endsWith('\n')) count--;
  return count;
}

/** True when the paste is mostly control bytes: a binary file, not terminal text. */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 65_536);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  return control > 8 && control / n > 0.1;
}

function isSpaceLike(c: number): boolean {
  // NBSP, the typographic spaces, narrow NBSP, math space and the ideographic space all paste in for spaces.
  return c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 11 || c === 12;
}

/**
 * What a terminal UI drew around a table, one cell wide: k9s's box sides (`│`) and the sort arrow after a
 * column's name (`NAMESPACE↑`). As spaces, the rows and the header keep their offsets and read as kubectl's.
 */
function isScreenMark(c: number, before: number): boolean {
  return c === 0x2502 || ((c === 0x2191 || c === 0x2193) && before >= 65 && before <= 90);
}

function isDropped(c: number): boolean {
  // Control bytes, zero-width characters and the BOM carry nothing a reader sees.
  return (c < 32 && !isSpaceLike(c)) || c === 0x7f || (c >= 0x200b && c <= 0x200f) || c === 0xfeff || isBidiControl(c);
}

/**
 * The marks that set the direction of text (LRM and RLM are in isDropped's zero-width run, ALM, the embeddings and
 * overrides, the isolates): a Persian, Arabic or Hebrew page wraps its left-to-right code lines in them, and they come
 * along with a copy, invisible, at a line's start or end (do/10's Persian post shows its outputs in `<div dir="ltr">`).
 */
function isBidiControl(c: number): boolean {
  return c === 0x061c || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

function countOf(s: string, c: number): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === c) n++;
  return n;
}

/** `s` (the raw line with its rules as spaces, one for one) with each cell's text moved to one space after its rule. */
function leftAlignCells(raw: string, s: string): string {
  if (s.length !== raw.length) return s;
  let out = '';
  let from = 0;
  for (let i = 0; i <= raw.length; i++) {
    if (i < raw.length && raw.charCodeAt(i) !== 0x2502) continue;
    const cell = s.slice(from, i);
    const text = cell.trim();
    // The rule's own space, the text, then padding: the cell keeps its width.
    out += text === '' ? cell : ` ${text}`.padEnd(cell.length, ' ');
    if (i < raw.length) out += ' ';
    from = i + 1;
  }
  return out;
}

/**
 * A box-drawn row with its sides already spaces, its first cell an index (`#`, `12`) and more cells after: that
 * cell blanked, so the rest keep their offsets.
 */
function withoutIndexCell(s: string): string {
  let a = 0;
  while (a < s.length && s.charCodeAt(a) === 32) a++;
  let b = a;
  if (s.charCodeAt(b) === 35) b++;
  else while (b < s.length && s.charCodeAt(b) >= 48 && s.charCodeAt(b) <= 57) b++;
  if (b === a || b - a > 6 || s.charCodeAt(b) !== 32 || s.charCodeAt(b + 1) !== 32) return s;
  return ' '.repeat(b) + s.slice(b);
}

/** A normalized line and how many characters of indent, quote and list markers were cut from its start. */
export interface NormalizedLine {
  text: string;
  indent: number;
}

/**
 * Undoes pasting damage on one line, keeping character offsets of what remains aligned: each odd space becomes one
 * space and each tab spaces to the next tab stop (as a terminal shows it), controls are dropped, trailing
 * spaces and the leading indent are cut, and Markdown quote (`> `), list (`- `, `* `, `+ `), table (`| `)
 * and bold (`**`) markers go, as do the `| |` table remnants some pastes trail and the `+` of a diff's added line.
 *
 * @example
 * normalizeLineIndent('    > - NAME\tREADY\u00a0 ') // { text: 'NAME    READY', indent: 8 }
 */
export function normalizeLineIndent(raw: string): NormalizedLine {
  const text = normalizeLineText(raw);
  return { text, indent: lastIndent };
}

/** The indent cut by the last {@link normalizeLineText} call (the tables stage reads it per line, allocation-free). */
export let lastIndent = 0;

/**
 * An ISO 8601 time a CI log puts before each line, bracketed or not, and the space after it; bracketed, the
 * date and time may be apart (`[2025-06-16 19:02:58] `, as `| ts '[%Y-%m-%d %H:%M:%S]'` stamps a watch).
 */
const LOG_TIMESTAMP = /(?:\[\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d{1,9})?Z?\]|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z)(?: |$)/y;

/** Shell builtins and tools a `set -x` trace shows after `+ ` (none of them a namespace a row would start with). */
const XTRACE = /(?:set|echo|sleep|export|cd|exit|true|false|local|eval|printf|test|source|trap|unset|wait|read|for|while|if|\[\[?)(?: |$)/y;

/** Jenkins' Timestamper: a wall-clock time and two spaces (`10:40:41  `), optionally with milliseconds. */
const CLOCK_PREFIX = /\d\d:\d\d:\d\d(?:\.\d{3})?  (?=\S)/y;

/** Anything but printable ASCII: tabs, controls, odd spaces (a native scan, no per-character loop in JS). */
const UNCLEAN = /[^\x20-\x7e]/;

/** Markup a paste may hold anywhere, checked once per paste so 100k clean lines skip three scans each. */
export const HAS_AMPERSAND = 1;
export const HAS_STAR = 2;
export const HAS_HTML = 4;
/**
 * A header after a prefix and a colon or a bracketed tag somewhere (`    node1: NAMESPACE ...`, odo's `[oc] NAME ...`), or a run of lines behind one tool's
 * prefix with no header at all (Vagrant's `    node1: ` before a wait loop's rows): see the tables stage's line prefix.
 */
export const HAS_PREFIXED_HEADER = 8;
/** A character outside printable ASCII somewhere (tabs, NBSP, colour codes, CJK): lines must be checked one by one. */
export const HAS_UNCLEAN = 16;
/** A backslash somewhere: Markdown escapes (`<none\\>`, `k8s\\-m`) may need taking off. */
export const HAS_BACKSLASH = 32;
/** `[none]` somewhere: a page that took `<none>` for a tag wrote it with brackets instead. */
export const HAS_BRACKET_NONE = 64;
/**
 * An AI coding agent's transcript: Claude Code's tool call (`⏺ Bash(kubectl get pods -n x)`) and the `⎿` before its
 * output's first line, Codex CLI's `• Ran kubectl ...` and its `└ `. Marks no terminal printed.
 */
export const HAS_AGENT_MARKS = 256;
/** A capitalised value in Markdown italics somewhere (`_Pending_`, `*Error*`), as a status is emphasised in a row. */
export const HAS_EMPHASIS = 512;
/**
 * A Markdown link somewhere (`[console-3](https://issues.redhat.com/browse/console-3)`): an issue tracker's autolinker
 * turns a word that looks like a ticket key into one, inside a pod's name too.
 */
export const HAS_LINK = 1024;
/**
 * CriticMarkup's highlight somewhere (`{==Running==}`): MkDocs Material docs mark the words a reader should look at in
 * an output block with it, and a paste copied from the page's source keeps the marks.
 */
export const HAS_CRITIC = 2048;
export const ALL_MARKUP = HAS_AMPERSAND | HAS_STAR | HAS_HTML | HAS_PREFIXED_HEADER | HAS_UNCLEAN | HAS_BACKSLASH | HAS_BRACKET_NONE | HAS_AGENT_MARKS | HAS_EMPHASIS | HAS_LINK | HAS_CRITIC;
/** A CriticMarkup highlight, its text in group 1 (a cell or a few words: no braces, no line break inside). */
const CRITIC_HIGHLIGHT = /\{==([^{}\n]{1,200}?)==\}/g;
/** A Markdown link to a web page, its text in group 1: the page showed only the text. */
const MARKDOWN_LINK = /\[([^\[\]]{1,253})\]\(https?:\/\/[^\s()]{1,2000}\)/g;
const LINK_OPEN = '](http';
/**
 * A Markdown table without outer pipes (`NAME | READY | STATUS`, then `-- | --`), as GitHub writes a pasted
 * spreadsheet. Outside {@link ALL_MARKUP}: only a paste holding such a header reads a bare `a | b | c` line as a row.
 */
export const HAS_BARE_PIPE_TABLE = 128;
/** A pod header in bare pipes with the separator line under it (the paste-wide test for {@link HAS_BARE_PIPE_TABLE}). */
const BARE_PIPE_HEADER = /(?:^|\n)[ \t>]*(?:NAMESPACE \| )?NAME \| [A-Z][^\n]*\n[ \t>]*:?-+:? \| :?-+/;
/**
 * A Markdown escape an exporter (Medium, turndown) put before punctuation: `<none\\>`, `root@k8s\\-m:~\\#`. Not
 * after a drive's colon (`PS C:\\>`), and a backslash ending a line (a continued command) escapes nothing.
 */
const MARKDOWN_ESCAPE = /(?<!:)\\([<>_\-#\[\]*`!().|{}+~])/g;
/** A terminal colour's escape written as text in a string: `\\x1b[`, `\\033[`, `\\u001b[` or `\\e[`, then SGR numbers and `m`. */
const ESCAPED_SGR = /\\(?:x1[bB]|033|u001[bB]|e)\[[0-9;]{0,20}m/g;
/**
 * {@link UNCLEAN} but for the line breaks {@link splitLines} removes, or a backslash: one native scan of a whole
 * paste tells whether its lines need either check (a clean paste, the 100k-row kind, needs neither).
 */
const UNCLEAN_IN_PASTE = /[^\x20-\x5b\x5d-\x7e\r\n]/;

/**
 * Which markup the whole paste holds at all ({@link HAS_AMPERSAND}, {@link HAS_STAR}).
 *
 * @example
 * pasteMarkup('web-0   1/1') // 0
 */
export function pasteMarkup(text: string): number {
  // Each search runs over the whole paste (16 MB for the bench's 100k rows), so each starts with a character plain
  // tables lack: one that starts with a space (' _') is slow where most characters are the padding's spaces.
  const star = text.indexOf('*') >= 0;
  let markup = (text.indexOf('&') >= 0 ? HAS_AMPERSAND : 0) | (star ? HAS_STAR : 0);
  if (HTML_TAG_IN_TEXT.test(text)) markup |= HAS_HTML;
  if (text.indexOf(': NAME') >= 0 || text.indexOf('] NAME') >= 0 || prefixedRunAt(text) >= 0) markup |= HAS_PREFIXED_HEADER;
  if (UNCLEAN_IN_PASTE.test(text)) {
    markup |= HAS_UNCLEAN | HAS_BACKSLASH;
    // AI agents' transcripts mark their output with non-ASCII characters, so only a paste that has some is searched.
    if (text.indexOf('\u23bf') >= 0 || text.indexOf('Bash(') >= 0 || text.indexOf('\u2022 Ran ') >= 0) markup |= HAS_AGENT_MARKS;
  }
  if (text.indexOf('[none]') >= 0) markup |= HAS_BRACKET_NONE;
  if (text.indexOf(LINK_OPEN) >= 0) markup |= HAS_LINK;
  if (text.indexOf('{==') >= 0) markup |= HAS_CRITIC;
  if ((star || text.indexOf('_') >= 0) && EMPHASIS_IN_TEXT.test(text)) markup |= HAS_EMPHASIS;
  if (text.indexOf('NAME | ') >= 0 && BARE_PIPE_HEADER.test(text)) markup |= HAS_BARE_PIPE_TABLE;
  return markup;
}

/**
 * A tool's name before each line of its output, with no header behind it: Vagrant's indented machine name
 * (`    node1: `), Terraform's resource (`null_resource.x (local-exec): `). Not a bare `Warning: ` or a YAML key
 * at the margin: those repeat in plain output.
 */
export const RUN_PREFIX = /^(?: {2,}[A-Za-z0-9_.-]{1,40}|[A-Za-z0-9_.\-[\]]{1,80} \([a-z-]{1,20}\)): $/;
/** Lines in a row that must carry the same {@link RUN_PREFIX} before it counts as a tool's (a YAML block repeats no key). */
export const RUN_LINES = 3;
/** `: ` sites looked at per paste: a plain table has none, and a long log with many is not searched to its end. */
const RUN_SITES = 64;

/**
 * Where the first prefix of a run (see {@link RUN_PREFIX}) starts in `text`, or -1: a few native searches, since
 * pod rows hold no `: ` and a plain 100k-row paste is scanned once.
 */
export function prefixedRunAt(text: string): number {
  let from = 0;
  for (let n = 0; n < RUN_SITES; n++) {
    const at = text.indexOf(': ', from);
    if (at < 0) return -1;
    from = at + 2;
    const start = text.lastIndexOf('\n', at) + 1;
    if (at - start > 84) continue;
    const prefix = text.slice(start, at + 2);
    if (!RUN_PREFIX.test(prefix)) continue;
    let end = start;
    let k = 1;
    for (; k < RUN_LINES; k++) {
      end = text.indexOf('\n', end);
      if (end < 0 || !text.startsWith(prefix, end + 1)) break;
      end++;
    }
    if (k === RUN_LINES) return start;
  }
  return -1;
}

/** {@link normalizeLineIndent}'s text; the indent goes to {@link lastIndent}. `markup`: see {@link pasteMarkup}. */
export function normalizeLineText(raw: string, markup = ALL_MARKUP): string {
  const clean = (markup & HAS_UNCLEAN) === 0 || !UNCLEAN.test(raw);
  let s = raw;
  if (!clean) {
    let out = '';
    let from = 0;
    for (let i = 0; i < raw.length; i++) {
      const c = raw.charCodeAt(i);
      if (c === 27 && raw.charCodeAt(i + 1) === 91) {
        // A terminal colour or style sequence (ESC [ ... m, from `script` logs or kubecolor): it prints nothing,
        // so dropping it whole restores the columns' alignment.
        let k = i + 2;
        while (k < raw.length && !(raw.charCodeAt(k) >= 0x40 && raw.charCodeAt(k) <= 0x7e)) k++;
        out += raw.slice(from, i);
        i = k;
        from = k + 1;
        continue;
      }
      if (isSpaceLike(c) || isScreenMark(c, raw.charCodeAt(i - 1))) {
        out += raw.slice(from, i);
        // A tab goes to the next tab stop, as the terminal showed it: ` \t ` before a header and `\t ` before its rows
        // (a test log's) are the same indent, and a page's tab between a row's cells (`1/1\tRunning`) lands where the
        // header's column starts.
        out += c === 9 ? ' '.repeat(8 - (out.length % 8)) : ' ';
        from = i + 1;
        continue;
      } else if (isDropped(c)) {
        out += raw.slice(from, i);
        from = i + 1;
      }
    }
    s = out + raw.slice(from);
    // Nushell's tables (`kubectl get pods | from ssv`) open with an index column, `#` over 0, 1, 2...: kubectl has none.
    if (raw.indexOf('\u2502') >= 0) {
      // A table drawn with a rule between every column (nushell's) centres its header's words: each cell's text
      // starts where its cell does, as a row's does, so the header's offsets are the rows'.
      if (countOf(raw, 0x2502) >= 4) s = leftAlignCells(raw, s);
      s = withoutIndexCell(s);
      // k9s ends a cell too wide for its column with `…`: the cell's start is what it shows (a cut node name).
      if (s.indexOf('\u2026') >= 0) s = s.replaceAll('\u2026', ' ');
    }
    if ((markup & HAS_AGENT_MARKS) !== 0) s = withoutAgentMarks(s);
    // An agent log's emoji before a tool's output (`      📄 NAME   READY ...`): its rows follow at the margin, as the
    // tool printed them, so the mark and the indent before it go with it.
    if (s.indexOf(' NAME') >= 0) s = withoutPictographBeforeHeader(s);
  }
  // Inline HTML a page kept around the text (`<span>kubectl get pods</span>`, a GitHub issue's folded
  // `<summary>kubectl get pods -A</summary>`): the terminal printed none.
  // Only tags HTML has: kubectl's own `<none>` and `<invalid>` stay.
  if ((markup & HAS_HTML) !== 0 && s.indexOf('<') >= 0) s = s.replace(HTML_TAG, '');
  if ((markup & HAS_AMPERSAND) !== 0 && s.indexOf('&') >= 0) s = decodeEntities(s);
  // The escapes were added to the text as it was printed, so taking them off restores the columns' alignment.
  if ((markup & HAS_BACKSLASH) !== 0 && s.indexOf('\\') >= 0) {
    s = s.replace(MARKDOWN_ESCAPE, '$1');
    // A colour written as its escape in a string (`\\x1b[31mCrashLoopBackOff\\x1b[0m`, JSON's `\\u001b[32m`): the
    // terminal drew none of it, as with the raw ESC dropped above.
    if (s.indexOf('[', s.indexOf('\\')) > 0) s = s.replace(ESCAPED_SGR, '');
  }
  // The link an autolinker made of a word, undone: the text it added was not printed, and the cells after it realign.
  if ((markup & HAS_LINK) !== 0 && s.indexOf(LINK_OPEN) >= 0) s = s.replace(MARKDOWN_LINK, '$1');
  // The highlight was typed into the printed output, pushing the cells after it right: without it they realign.
  if ((markup & HAS_CRITIC) !== 0 && s.indexOf('{==') >= 0) s = s.replace(CRITIC_HIGHLIGHT, '$1');
  // `[none]` for kubectl's `<none>` (a page that dropped angle brackets): the same width, so columns stay aligned.
  if ((markup & HAS_BRACKET_NONE) !== 0 && s.indexOf('[none]') >= 0) s = s.replaceAll('[none]', '<none>');
  // Bold markers typed around a cell or a word: the terminal printed none, so without them columns realign.
  if ((markup & HAS_STAR) !== 0 && s.indexOf('**') >= 0) s = s.replace(BOLD, '');
  // ... and italics around one (`_Pending_`, `*CrashLoopBackOff*`): typed in the editor too.
  if ((markup & HAS_EMPHASIS) !== 0 && (s.indexOf('_') >= 0 || s.indexOf('*') >= 0)) s = s.replace(EMPHASIS, '$2');
  // kubectl's `<none>` with a space typed into it so that Markdown would not take it for an HTML tag (ee/25).
  if (s.indexOf('< none>') >= 0) s = s.replaceAll('< none>', '<none>');
  // The row's last cell put in inline code by hand (`... 1 (2m47s ago)   \`7m47s\``, ff/12): Markdown's marks, not
  // kubectl's, and the only ones on the line; a command or a sentence ending so has no column padding before the span.
  if (s.charCodeAt(s.length - 1) === 96 || s.endsWith('` ')) s = s.replace(LAST_CELL_CODE, '$1$2');
  let start = 0;
  let end = s.length;
  // Where a code fence glued to the line's text starts: the text stands there for the lines under it, which have no fence.
  let fenceAt = -1;
  // A Markdown table row (`| NAME | READY |`): its pipes stand where spaces were, one for one.
  if (isPipeRow(s) || ((markup & HAS_BARE_PIPE_TABLE) !== 0 && isBarePipeRow(s))) s = s.replaceAll('|', ' ');
  for (;;) {
    while (end > start && s.charCodeAt(end - 1) === 32) end--;
    // A code fence closing on the row's own line ("...  5d```"), glued to it: an indented fence alone stays a fence.
    if (end - start > 3 && s.charCodeAt(end - 1) === 96 && s.endsWith('```', end) && s.charCodeAt(end - 4) !== 32) {
      end -= 3;
      continue;
    }
    // Trailing "| |" left by a Markdown table around the line (bold markers went above).
    if (end - start > 1 && s.charCodeAt(end - 1) === 124 && s.charCodeAt(end - 2) === 32) {
      end--;
      continue;
    }
    // tmux's copy mode shows where it stands in the history (`[3/1683]`) at the pane's top right, so a header copied
    // from that top line carries it after AGE (eb/07): no column kubectl names so, and the rows under it have none.
    if (s.charCodeAt(end - 1) === 93 && end - start > 8) {
      const mark = tmuxPositionStart(s, start, end);
      if (mark > start) {
        end = mark;
        continue;
      }
    }
    // A docs callout after the line (AsciiDoc's `AGE # <1>`, `17m  <2>`): markup pointing at a note, which kubectl
    // never prints (its only `<...>` values are words: `<none>`, `<invalid>`).
    if (s.charCodeAt(end - 1) === 62 && end - start > 4) {
      const callout = calloutStart(s, start, end);
      if (callout > start) {
        end = callout;
        continue;
      }
    }
    break;
  }
  for (;;) {
    while (start < end && s.charCodeAt(start) === 32) start++;
    const c = s.charCodeAt(start);
    const next = s.charCodeAt(start + 1);
    // "> " is a Markdown quote unless a kubectl command follows (then it is a Windows-style prompt and
    // the command reads the same either way).
    // So is one glued to inline code (`>\`$ kubectl get pods\``, a doc quoting the command it runs next): no prompt is `>` then a backtick.
    if ((c === 62 || c === 124) && (next === 32 || start + 1 === end || (c === 62 && next === 96))) {
      start += 1;
      continue;
    }
    if (c === 62) {
      // An e-mail reply's nested quote, or the `>>` a note types before the output it shows (`>> kube-system  tiller-...`):
      // quote marks too, and no prompt's end is two of them then a space (PowerShell's `>> ` continuation carries a
      // command, which reads the same without it).
      let k = start + 1;
      while (k < end && k - start < 4 && s.charCodeAt(k) === 62) k++;
      if (k > start + 1 && (s.charCodeAt(k) === 32 || k === end)) {
        start = k;
        continue;
      }
      // A lazy blockquote's `>` glued to the header or a row (`>NAMESPACE   NAME   READY ...`), the lines under it not
      // quoted: column padding follows, which no prompt glued to its command (`>kubectl get pods`) has.
      const gap = k === start + 1 && ((next >= 65 && next <= 90) || (next >= 97 && next <= 122) || (next >= 48 && next <= 57)) ? s.indexOf('   ', start) : -1;
      if (gap > 0 && gap < end) {
        // The mark stood where the unquoted lines' first cell starts: that cell takes its column back, so the next
        // columns stay where the lines under it have them.
        s = `${s.slice(0, start)}${s.slice(start + 1, gap)} ${s.slice(gap)}`;
        continue;
      }
    }
    if ((c === 45 || c === 42 || c === 43) && next === 32) {
      // `set -x`'s trace of a shell builtin after a table (`+ set +x`, `+ sleep 2`): a command, not a list item's row.
      if (c === 43) {
        XTRACE.lastIndex = start + 2;
        if (XTRACE.test(s)) {
          lastIndent = start;
          return `$ ${s.slice(start + 2, end)}`;
        }
      }
      start += 2;
      // A GitHub task list's checkbox after the marker (`- [ ] web-0   1/1 ...`, `- [x] `): the list item's text follows.
      if (s.charCodeAt(start) === 91 && s.charCodeAt(start + 2) === 93 && s.charCodeAt(start + 3) === 32) {
        const box = s.charCodeAt(start + 1);
        if (box === 32 || box === 120 || box === 88) start += 4;
      }
      continue;
    }
    // A line a diff added ("+alertmanager-main-0   3/3 ..."): no name, header or prompt starts with "+".
    // So is one that adds a doc's commented output (`+# NAME   READY ...`): the comment mark is read as without the `+`.
    // And one that adds a code fence or a one-line code span (`+```vpa-admission-controller-... Running ...```): the fence.
    if (c === 43 && ((next >= 97 && next <= 122) || (next >= 65 && next <= 90) || (next >= 48 && next <= 57) || next === 36 || (next === 35 && s.charCodeAt(start + 2) === 32) || (next === 96 && start + 3 < end && s.startsWith('``', start + 2)))) {
      start += 1;
      continue;
    }
    // ... or removed ("-NAME   READY ...", "-$ kubectl get pods"): a diff quoted in a review still shows what kubectl
    // printed. Not a flag (`-n kube-system`, no column padding) nor a rule (`----`).
    if (c === 45 && (((next === 36 || next === 35) && s.charCodeAt(start + 2) === 32 && (next === 36 || gapBefore(s, start, end))) || (((next >= 97 && next <= 122) || (next >= 65 && next <= 90) || (next >= 48 && next <= 57)) && gapBefore(s, start, end)))) {
      start += 1;
      continue;
    }
    // An arrow typed before the row a note is about (`--> secure-pod   1/1   Running ...`, `=> web-0 ...`): the
    // terminal printed none, and it stands where the indent did, so the row's columns stay the header's.
    if ((c === 45 || c === 61) && (next === 45 || next === 61 || next === 62)) {
      let k = start;
      while (k < end && k - start < 3 && (s.charCodeAt(k) === 45 || s.charCodeAt(k) === 61)) k++;
      const first = s.charCodeAt(k + 2);
      if (s.charCodeAt(k) === 62 && s.charCodeAt(k + 1) === 32 && ((first >= 97 && first <= 122) || (first >= 48 && first <= 57)) && s.indexOf('   ', k) > 0) {
        start = k + 2;
        continue;
      }
    }
    // "^C" echoed where a watch was stopped, before the next prompt.
    if (c === 94 && next === 67) {
      start += 2;
      continue;
    }
    // A code fence opening on the header's own line ("```  NAMESPACE   NAME"); "```bash" stays a fence, and so does
    // "``` " (its trailing space is past `end`, so no text follows it, hunt cm/07).
    if (c === 96 && next === 96 && s.charCodeAt(start + 2) === 96 && s.charCodeAt(start + 3) === 32 && start + 3 < end) {
      if (fenceAt < 0) fenceAt = start;
      start += 3;
      continue;
    }
    // ... or glued to the first row (```alertmanager-b9c99d4-w67hv   2/2   Running): a fence's info string ("```bash",
    // ```bash title="x") has no column padding.
    if (c === 96 && next === 96 && s.charCodeAt(start + 2) === 96 && s.charCodeAt(start + 3) > 32 && s.charCodeAt(start + 3) !== 96 && s.indexOf('   ', start + 4) > 0 && s.indexOf('   ', start + 4) < end) {
      if (fenceAt < 0) fenceAt = start;
      start += 3;
      continue;
    }
    // One backtick left of a code fence before a header (`NAMESPACE   NAME ...): no column name starts with one.
    if (c === 96 && next >= 65 && next <= 90 && s.indexOf('`', start + 1) < 0 && s.indexOf('   ', start) > 0) {
      if (fenceAt < 0) fenceAt = start;
      start += 1;
      continue;
    }
    // ... or alone before a prompt, a space after it (`` ` user@host  ~/dir  kubectl get pods -A ``, a fence's third
    // tick): nothing a terminal prints starts so, and no other backtick closes it.
    if (c === 96 && next === 32 && s.indexOf('`', start + 1) < 0) {
      if (fenceAt < 0) fenceAt = start;
      start += 2;
      continue;
    }
    // ... or glued to the first row of several quoted as one (`auth   dex-8579644bbb-hqf2c   1/1 ...): no name holds one.
    if (c === 96 && ((next >= 97 && next <= 122) || (next >= 48 && next <= 57)) && s.indexOf('`', start + 1) < 0 && s.indexOf('   ', start) > 0) {
      if (fenceAt < 0) fenceAt = start;
      start += 1;
      continue;
    }
    // The closing backtick glued to the last row's last value (`17m``), the opening one lines above.
    if (s.charCodeAt(end - 1) === 96 && end - start > 1 && s.lastIndexOf('`', end - 2) < start && s.indexOf('   ', start) > 0) {
      const before = s.charCodeAt(end - 2);
      if ((before >= 97 && before <= 122) || (before >= 48 && before <= 57) || before === 62) {
        end -= 1;
        continue;
      }
    }
    // A line of a JSON array of lines (Ansible's stdout_lines, a debug msg): `"web-0   1/1   Running ...",`.
    if (c === 34 && end - start > 3 && s.charCodeAt(end - 1) === 44 && s.charCodeAt(end - 2) === 34) {
      end -= 1;
      continue;
    }
    // A line of output kept as a string of its own, its line break escaped (a notebook's `"text": ["NAME ...\\n", ...]`,
    // a test's `"web-0   1/1 ...\\n"` strings run together; `\\r\\n` where it ran under a pty): the line, as printed.
    if (c === 34 && end - start > 4 && s.charCodeAt(end - 1) === 34 && s.charCodeAt(end - 2) === 110 && s.charCodeAt(end - 3) === 92 && (markup & HAS_BACKSLASH) !== 0 && s.indexOf('"', start + 1) === end - 1) {
      end -= 3;
      if (s.charCodeAt(end - 1) === 114 && s.charCodeAt(end - 2) === 92) end -= 2;
      start += 1;
      continue;
    }
    // The whole line in quotes or backticks ("calico-node-x   0/1   ..."), as chat and issue text quote it.
    if ((c === 34 || c === 96) && end - start > 2 && s.charCodeAt(end - 1) === c && s.indexOf(String.fromCharCode(c), start + 1) === end - 1) {
      start += 1;
      end -= 1;
      continue;
    }
    // So is a row a sentence quotes in inline code and ends with its full stop or comma (`cluster-autoscaler-x   0/1
    // CrashLoopBackOff   7   11m`., kubernetes/autoscaler#4202, dq/13). Only with a row's padding inside: a command quoted
    // so (`kubectl get pods`.) is the sentence's, not a line of output.
    if (c === 96 && end - start > 3 && (s.charCodeAt(end - 1) === 46 || s.charCodeAt(end - 1) === 44) && s.charCodeAt(end - 2) === 96 && s.indexOf('`', start + 1) === end - 2 && s.indexOf('   ', start) > 0 && s.indexOf('   ', start) < end - 2) {
      start += 1;
      end -= 2;
      continue;
    }
    // Several lines quoted as one: the opening quote glued to the first row's name (`"voting-app-1-0-...`), the
    // closing one to the last row's AGE (`29m"`) or alone on the next line. No name or value holds a quote.
    if (c === 34 && ((next >= 97 && next <= 122) || (next >= 48 && next <= 57)) && s.indexOf('"', start + 1) < 0) {
      start += 1;
      continue;
    }
    if (s.charCodeAt(end - 1) === 34 && end - start > 1 && s.lastIndexOf('"', end - 2) < start) {
      const before = s.charCodeAt(end - 2);
      if ((before >= 97 && before <= 122) || (before >= 48 && before <= 57) || before === 62) {
        end -= 1;
        continue;
      }
    }
    // A CI log's timestamp before every line (GitHub Actions, Azure Pipelines: "2024-03-05T10:21:33.5234567Z ";
    // Jenkins: "[2024-03-05T10:21:33.523Z] "): the same width on every line, so the columns stay aligned.
    if (((c >= 48 && c <= 57) || (c === 91 && next >= 48 && next <= 57)) && s.charCodeAt(start + (c === 91 ? 5 : 4)) === 45) {
      LOG_TIMESTAMP.lastIndex = start;
      if (LOG_TIMESTAMP.test(s)) {
        start = LOG_TIMESTAMP.lastIndex;
        continue;
      }
    }
    // Jenkins' Timestamper plugin: "10:40:41  " (two spaces) before every line of the console.
    if (c >= 48 && c <= 57 && s.charCodeAt(start + 2) === 58 && s.charCodeAt(start + 5) === 58) {
      CLOCK_PREFIX.lastIndex = start;
      if (CLOCK_PREFIX.test(s)) {
        start = CLOCK_PREFIX.lastIndex;
        continue;
      }
    }
    // An ordered list's "3. " (no pod name, namespace or header starts with digits and a dot).
    if (c >= 48 && c <= 57) {
      let k = start;
      while (k < end && k - start < 3 && s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57) k++;
      if (s.charCodeAt(k) === 46 && s.charCodeAt(k + 1) === 32) {
        start = k + 2;
        continue;
      }
      // ... its space lost before the command the step runs (`1.kubectl apply -f x.yml`).
      if (s.charCodeAt(k) === 46 && (s.startsWith('kubectl ', k + 1) || s.startsWith('helm ', k + 1))) {
        start = k + 1;
        continue;
      }
    }
    break;
  }
  lastIndent = fenceAt >= 0 ? fenceAt : start;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** Spaces, one emoji or symbol, a space, then a table's first column name padded as a header pads it. */
const PICTOGRAPH_HEADER = /^ *[\p{Extended_Pictographic}\p{So}]\uFE0F? (?=NAME(?:SPACE)?  )/u;

/** `s` without an emoji that marks the header line as a tool's output ({@link PICTOGRAPH_HEADER}). */
function withoutPictographBeforeHeader(s: string): string {
  const m = PICTOGRAPH_HEADER.exec(s);
  return m === null ? s : s.slice(m[0].length);
}

/** Claude Code's marks before a tool call (`⏺`, or `●` in older versions and light themes). */
function isAgentCallMark(c: number): boolean {
  return c === 0x23fa || c === 0x25cf;
}

/**
 * `command` without the run of box drawing a redrawn screen glued after it (`⏺ Bash(kubectl get pods)────`) and the
 * padding after that: a loop from the end, since `/\u2500+$/` retries every run of `─` not at the end (quadratic).
 */
function withoutTrailingRule(command: string): string {
  let e = command.length;
  while (e > 0 && command.charCodeAt(e - 1) === 32) e--;
  while (e > 0 && command.charCodeAt(e - 1) === 0x2500) e--;
  while (e > 0 && command.charCodeAt(e - 1) === 32) e--;
  return command.slice(0, e);
}

/**
 * A line of an agent's transcript as the terminal under it showed it: Claude Code's `⏺ Bash(<command>)` is the
 * command run (as `$ <command>`, without the call's closing parenthesis), and its `⎿` before the output's first line
 * (Codex CLI's `└ `) stands where the output's indentation does, so the lines after it, indented as far, stay
 * aligned; at the margin (a copy that lost the indentation), the mark and the spaces after it go.
 *
 * @example
 * withoutAgentMarks('⏺ Bash(kubectl get pods -n x)') // '$ kubectl get pods -n x'
 * withoutAgentMarks('  ⎿  NAME   READY') // '     NAME   READY'
 */
export function withoutAgentMarks(s: string): string {
  let p = 0;
  while (p < s.length && s.charCodeAt(p) === 32) p++;
  // A code fence glued before the call (```⏺ Bash(...)): kept, so the line still opens the block.
  const fence = s.startsWith('```', p) ? 3 : 0;
  const c = s.charCodeAt(p + fence);
  if (c === 0x23bf || (c === 0x2514 && s.charCodeAt(p + fence + 1) === 32)) {
    if (p > 0 || fence > 0) return `${s.slice(0, p + fence)} ${s.slice(p + fence + 1)}`;
    let k = 1;
    while (k < s.length && s.charCodeAt(k) === 32) k++;
    return s.slice(k);
  }
  const call = isAgentCallMark(s.charCodeAt(p + fence));
  let k = p + fence + 1;
  while (call && k < s.length && s.charCodeAt(k) === 32) k++;
  if (call && s.startsWith('Bash(', k)) {
    let command = withoutTrailingRule(s.slice(k + 5));
    // The call's own `)` closes it; a command's parentheses (`grep -E "(a|b)"`) are balanced.
    if (command.endsWith(')') && countOf(command, 41) > countOf(command, 40)) command = command.slice(0, -1);
    return `${s.slice(0, p + fence)}$ ${withoutCut(command)}`;
  }
  // A line the call's command went on to (after a `\`), cut short there.
  const t = s.trimEnd();
  return t.endsWith('\u2026)') ? withoutCut(t.slice(0, -1)) : s;
}

/** A command Claude Code cut short with `…` (`-o custom-columns=... \…`): the part shown, without the continuation's `\`. */
function withoutCut(command: string): string {
  if (!command.endsWith('\u2026')) return command;
  const shown = command.slice(0, -1);
  return (shown.endsWith('\\') ? shown.slice(0, -1) : shown).trimEnd();
}

const HTML_TAG = /<\/?(?:span|code|pre|kbd|samp|b|strong|em|i|br|div|p|td|tr|th|font|li|ul|ol|details|summary)(?:\s[^<>]*)?\/?>/gi;
/** {@link HTML_TAG} for a yes/no test on the whole paste (a global regex keeps state between tests). */
const HTML_TAG_IN_TEXT = new RegExp(HTML_TAG.source, 'i');

/**
 * `**` against a word, as bold is typed ("**Error**", "**319 (96s ago)**", "**❌ web-0**"), with the underscores
 * of `_**Error**_` (bold italic) around it; not before a lone unit (`**s`: an age masked); stars among dots
 * (`***.***.***.***`) hide an address, and a longer run of them part of a name (`vmss*******`). Its underscores
 * inside (`**_ContainerCreating_**`, hunt cl/21) go with it only around a whole cell, so `my_**x**` keeps its own.
 */
const BOLD = /(?<=^| )\*\*_(?=[A-Za-z0-9])|(?<=[A-Za-z0-9)])_\*\*(?= |$)|_?(?<!\*)\*\*(?=[A-Za-z0-9<]|[^\x00-\x7f])(?![smhdy](?: |$))|(?<=[A-Za-z0-9>)])\*\*(?!\*)_?/g;

/**
 * One capitalised word in Markdown italics between spaces (`_Pending_`, `*Init:0/1*`), as a status cell is
 * emphasised; a name or an address has no capital first, and `*` alone stays (masked values, `**` went above).
 */
const EMPHASIS = /(?<= )([_*])([A-Z][A-Za-z0-9:/]{1,40})\1(?= |$)/g;
/** A line's last value alone in inline code after a row's padding, no other backtick on the line ({@link normalizeLineText}). */
const LAST_CELL_CODE = /^([^`]*\S {2,})`([^`\s]+)` *$/;
/** {@link EMPHASIS} for a yes/no test on the whole paste. */
const EMPHASIS_IN_TEXT = new RegExp(EMPHASIS.source, 'm');

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&apos;': "'", '&nbsp;': ' ', '&#160;': ' ' };

/** Undoes the HTML escaping of a page copied as source (`&lt;none&gt;`); other `&` text stays. */
function decodeEntities(text: string): string {
  return text.replace(/&(?:lt|gt|amp|quot|apos|nbsp|#39|#160);/g, (e) => ENTITIES[e] ?? e);
}

/**
 * Where a docs callout (`<1>`, `# <12>`) ending `s` at `end` starts, the spaces before it included; -1 when the
 * line does not end in one, or holds nothing else.
 */
/**
 * Where tmux's copy-mode position (`[3/1683]`, two spaces or more before it) starts after a header of capitals; -1 when
 * the line does not end so.
 */
function tmuxPositionStart(s: string, start: number, end: number): number {
  let k = end - 2;
  const digitsFrom = (at: number): number => {
    let i = at;
    while (i > start && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i--;
    return i;
  };
  let i = digitsFrom(k);
  if (i === k || s.charCodeAt(i) !== 47) return -1;
  k = i - 1;
  i = digitsFrom(k);
  if (i === k || s.charCodeAt(i) !== 91 || s.charCodeAt(i - 1) !== 32 || s.charCodeAt(i - 2) !== 32) return -1;
  while (i > start && s.charCodeAt(i - 1) === 32) i--;
  return capitalsOnly(s.slice(start, i), 0) >= 6 && s.slice(start, i).trimStart().startsWith('NAME') ? i : -1;
}

function calloutStart(s: string, start: number, end: number): number {
  let k = end - 2;
  while (k > start && end - 2 - k < 3 && s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57) k--;
  if (k === end - 2 || s.charCodeAt(k) !== 60) return -1;
  k--;
  if (s.charCodeAt(k) !== 32) return -1;
  while (k > start && s.charCodeAt(k - 1) === 32) k--;
  // The shell-comment form, `# <1>`.
  if (s.charCodeAt(k - 1) === 35 && s.charCodeAt(k - 2) === 32) {
    k--;
    while (k > start && s.charCodeAt(k - 1) === 32) k--;
  }
  return k;
}

/** Whether three spaces (a column's padding) stand between `start` and `end`: not the spaces a line was padded with after its end. */
function gapBefore(s: string, start: number, end: number): boolean {
  const at = s.indexOf('   ', start);
  return at > 0 && at < end;
}

/**
 * `| a | b |`: a pipe first and last, and one between at least. Quote marks may come first (`>|NAME|READY|`, `> | a |`):
 * a table quoted in a blockquote or a reply (ee/23).
 */
export function isPipeRow(text: string): boolean {
  let a = 0;
  while (a < text.length && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 62)) a++;
  if (text.charCodeAt(a) !== 124) return false;
  let b = text.length;
  while (b > a && text.charCodeAt(b - 1) === 32) b--;
  return b - a > 2 && text.charCodeAt(b - 1) === 124 && text.indexOf('|', a + 1) < b - 1;
}

/**
 * `a | b | c | d`: three pipes at least, none first, each with spaces around it (a command's `| grep x` has one or
 * two, and a shell's `a|b` none spaced).
 */
function isBarePipeRow(text: string): boolean {
  let n = 0;
  let seen = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 124) {
      if (c !== 32) seen = true;
      continue;
    }
    if (!seen || text.charCodeAt(i - 1) !== 32 || (i + 1 < text.length && text.charCodeAt(i + 1) !== 32)) return false;
    n++;
  }
  return n >= 3;
}

/**
 * {@link normalizeLineIndent} without the indent.
 *
 * @example
 * normalizeLine('    > - NAME\tREADY\u00a0 ') // 'NAME    READY'
 */
export function normalizeLine(raw: string): string {
  return normalizeLineText(raw);
}

/**
 * Splits on runs of spaces; with `starts`, also records where each token starts.
 *
 * @example
 * tokens(' a  b c') // ['a', 'b', 'c']
 */
export function tokens(text: string, starts?: number[]): string[] {
  const out: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && text.charCodeAt(i) === 32) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && text.charCodeAt(i) !== 32) i++;
    out.push(text.slice(start, i));
    starts?.push(start);
  }
  return out;
}

/** A token with the offset it starts at. */
export interface Token {
  text: string;
  start: number;
}

/** {@link tokens} with where each starts (header lines: column offsets). */
export function tokensWithOffsets(text: string): Token[] {
  const starts: number[] = [];
  return tokens(text, starts).map((t, k) => ({ text: t, start: starts[k] as number }));
}

/** The kubectl invocation a prompt line shows, with the flags that change how the output reads. */
export interface KubectlCommand {
  /** How kubectl was called: `kubectl`, `k`, `oc`, `microk8s kubectl`, ... */
  tool: string;
  verb: string | null;
  /** Positional arguments after the verb: `pods`, `po/x`, `all`, `pod,svc`. */
  args: string[];
  namespace: string | null;
  allNamespaces: boolean;
  output: string | null;
  wide: boolean;
  watch: boolean;
  showLabels: boolean;
  labelColumns: string[];
  /** The first program piped into (`grep`), which strips the header: rows then come headerless. */
  pipedTo: string | null;
  /** Lists only some pods (a selector, named pods, a pipe): a pod missing from its output may still exist. */
  filtered: boolean;
  /** The node `--field-selector spec.nodeName=<node>` lists the pods of: theirs even where no NODE column shows it. */
  nodeName: string | null;
  /**
   * The phase `--field-selector status.phase=<phase>` lists (`Failed`): every pod it prints is in it, whatever its
   * STATUS says, and its owner's other pods are hidden, not gone.
   */
  phase: string | null;
  /** The Job `-l job-name=<job>` lists the pods of: the owner of the pods it prints. */
  jobName: string | null;
  /** The line went on with a whole table after the command (a flattened copy): read nothing from it. */
  tableOnLine: boolean;
  /**
   * The virtual cluster a launcher ran the command in (`vcluster connect vc1 -- kubectl get pod -A`: `vcluster/vc1`), or
   * the kubeconfig a shell variable set for it alone (`KUBECONFIG=capc.kubeconfig kubectl get pods -A`:
   * `kubeconfig/capc.kubeconfig`): another cluster than the one the paste's other commands list; null for none.
   */
  launchedIn: string | null;
  /**
   * Named unquoted in a sentence (`... when i exec kubectl get po -n x it shows:`), not typed at a prompt: what printed
   * the rows below only while no prompt comes first.
   */
  inProse: boolean;
  /** The command text as pasted, from the tool on. */
  text: string;
}

const VERBS = new Set([
  'get', 'describe', 'logs', 'log', 'apply', 'create', 'delete', 'edit', 'exec', 'run', 'top', 'rollout', 'scale',
  'port-forward', 'explain', 'config', 'cluster-info', 'version', 'api-resources', 'api-versions', 'label', 'annotate',
  'patch', 'expose', 'cordon', 'drain', 'uncordon', 'taint', 'debug', 'wait', 'events', 'auth', 'certificate', 'cp',
  'attach', 'proxy', 'kustomize', 'diff', 'replace', 'set', 'autoscale', 'plugin', 'completion', 'options', 'status',
  'new-project', 'project', 'projects', 'login', 'adm',
  // kubectl before 1.18 replaced a ReplicationController's pods with this (dy/04, dy/16's era).
  'rolling-update',
]);

// kubeclt and kubctl: a doc's typo, under the output the real command printed; ubectl: its first letter lost in the
// copy (`ubectl get all` over its output, hunt ci/25), which names no other program.
const SINGLE_TOOLS = new Set(['kubectl', 'kubeclt', 'kubctl', 'ubectl', 'kubectl.exe', 'k', 'kc', 'kk', 'kg', 'k8s', 'oc', 'oc.exe', 'kubecolor', 'microk8s.kubectl', 'kubectl.cmd']);
/** Launchers whose next word is `kubectl`. */
const LAUNCHERS = new Set(['microk8s', 'minikube', 'k3s', 'k0s', 'rke2', 'keadm']);
/** The word after a launcher that makes it kubectl: `kubectl`, or KubeEdge's `keadm ctl` on an edge node (same flags, same output). */
function launched(launcher: string): string {
  return launcher === 'keadm' ? 'ctl' : 'kubectl';
}

/** Flags whose value is the next argument when not written with `=`. */
const VALUE_FLAGS = new Set([
  '-n', '--namespace', '-o', '--output', '-L', '--label-columns', '-l', '--selector', '-c', '--container', '-f',
  '--filename', '--field-selector', '--context', '--kubeconfig', '--cluster', '--user', '-s', '--server', '--sort-by',
  '--template', '--chunk-size', '--request-timeout', '--as', '--as-group', '--token',
  '--raw', '-k', '--kustomize', '--subresource', '-v', '--v', '--since', '--tail',
]);

// `ᐅ` (a Canadian syllabic that zsh themes draw as their arrow) and the full-width `＃`/`＄` a Chinese or Japanese IME types.
/** The full-width `＃` and `＄` an IME types, and `ᐅ` (a Canadian syllabic some themes end a prompt with). */
const FULLWIDTH_HASH = 0xff03;
const FULLWIDTH_DOLLAR = 0xff04;
const SYLLABIC_PE = 0x1405;
const PROMPT_ENDS = new Set(['$', '#', '>', '%', String.fromCharCode(FULLWIDTH_HASH), String.fromCharCode(FULLWIDTH_DOLLAR), '❯', '➜', '➤', 'λ', '»', '›', '✖', '⫸', '❱', '▶', '►', String.fromCharCode(SYLLABIC_PE)]);

function endsWithPromptChar(token: string): boolean {
  const last = token[token.length - 1];
  return last !== undefined && (PROMPT_ENDS.has(last) || last === ')' || last === ']');
}

const POD_RESOURCES = new Set(['po', 'pod', 'pods', 'all']);
/** What follows `kg` (kubectl get) in a command, as opposed to a pod name in a row of namespace "kg". */
const KG_RESOURCES = new Set([...POD_RESOURCES, 'no', 'node', 'nodes', 'svc', 'service', 'services', 'deploy', 'deployment', 'deployments', 'ds', 'daemonset', 'daemonsets', 'rs', 'sts', 'ns', 'ev', 'events', 'ing', 'pvc', 'pv', 'cm', 'secret', 'secrets', 'job', 'jobs', 'cronjob', 'cj', 'ep']);

/** True when the command's output is (or includes) a pod table. */
export function isPodsCommand(cmd: KubectlCommand): boolean {
  if (cmd.verb !== 'get') return false;
  const first = cmd.args[0];
  if (first === undefined) return false;
  for (const part of first.split(',')) {
    const kind = part.split('/')[0]?.toLowerCase() ?? '';
    if (POD_RESOURCES.has(kind)) return true;
  }
  return false;
}

function applyShortFlags(cmd: KubectlCommand, flag: string, next: string | undefined): boolean {
  // pflag lets booleans combine (`-Aw`) and shorthand values attach (`-nkube-system`, `-owide`).
  for (let i = 1; i < flag.length; i++) {
    const c = flag[i];
    const rest = flag.slice(i + 1).replace(/^=/, '');
    switch (c) {
      case 'A':
        cmd.allNamespaces = true;
        continue;
      case 'w':
        cmd.watch = true;
        continue;
      case 'n':
      case 'o':
      case 'L':
      case 'l':
      case 'c':
      case 'f':
      case 's':
      case 'v':
      case 'k': {
        // `logs -f` is --follow, a switch: the word after it (`-n ns`, the pod) is not a file name.
        if (c === 'f' && (cmd.verb === 'logs' || cmd.verb === 'log')) continue;
        const value = rest !== '' ? rest : next;
        if (value === undefined) return false;
        if (c === 'n') cmd.namespace = namespaceValue(value);
        if (c === 'o') setOutput(cmd, value);
        if (c === 'L') cmd.labelColumns.push(...value.split(',').filter(Boolean));
        if (c === 'l') {
          cmd.filtered = true;
          cmd.jobName = selected(value, JOB_NAME_LABEL);
        }
        return rest === '';
      }
      default:
        continue;
    }
  }
  return false;
}

/** The value a selector sets `key` to (`spec.nodeName=w1`, `app=x,job-name==pi`, quoted or not), else null. */
function selected(selector: string, key: RegExp): string | null {
  for (const part of selector.replace(/^["']|["']$/g, '').split(',')) {
    const m = key.exec(part);
    if (m !== null) return m[1] as string;
  }
  return null;
}

/** The node a field selector picks (`spec.nodeName=w1`, `status.phase=Running,spec.nodeName==w1`). */
const NODE_NAME_FIELD = /^spec\.nodeName==?([a-z0-9][-a-z0-9.]*)$/;
/** The phase a field selector picks (`status.phase=Failed`); `!=` picks every other phase, none named. */
const PHASE_FIELD = /^status\.phase==?(Pending|Running|Succeeded|Failed|Unknown)$/;
/** The Job a label selector picks: the Job controller labels every pod it creates `job-name=<job>`. */
const JOB_NAME_LABEL = /^(?:batch\.kubernetes\.io\/)?job-name==?([a-z0-9][-a-z0-9.]*)$/;


function setOutput(cmd: KubectlCommand, value: string): void {
  // The shell takes quotes off (`-o custom-columns="NAME:.metadata.name,NODE:.spec.nodeName"`).
  cmd.output = value.indexOf('"') >= 0 || value.indexOf("'") >= 0 ? value.replace(/["']/g, '') : value;
  cmd.wide = value === 'wide';
}

/** Words a sentence introduces a command's output with, after the command ("kubectl get pods -A gives:"). */
const INTRODUCING: ReadonlySet<string> = new Set(['gives', 'gave', 'shows', 'showed', 'returns', 'returned', 'says', 'prints', 'printed', 'outputs', 'output', 'yields', 'results', 'displays', 'is', 'are', 'was', 'were', 'and', 'the', 'then', 'now', 'I', 'i', 'we', 'it', 'this']);

/**
 * Parses a kubectl command line (from the tool on) into the flags that shape its output.
 *
 * @example
 * parseCommand(['get', 'pods', '-nkube-system', '-o', 'wide'], 'kubectl').namespace // 'kube-system'
 */
/**
 * A flag whose dashes a word processor, a wiki or a chat app made typographic (`–n kube-system`, `–all-namespaces`,
 * `—all-namespaces`, ee/21): kubectl would have taken the word for a pod's name and printed no table, so what ran
 * had ASCII dashes. One letter after the dash is a short flag, more a long one.
 */
function undashed(word: string): string {
  const c = word.charCodeAt(0);
  if ((c !== 0x2013 && c !== 0x2014) || word.length < 2) return word;
  const rest = word.charCodeAt(1) === 45 || word.charCodeAt(1) === c ? word.slice(2) : word.slice(1);
  if (!/^[A-Za-z]/.test(rest)) return word;
  return (rest.length === 1 || (rest.length > 1 && rest.charCodeAt(1) === 61) ? '-' : '--') + rest;
}

export function parseCommand(pasted: readonly string[], tool: string): KubectlCommand {
  // The shell ends the command at `;` (`-n payments; echo done`) and takes quotes off (`-n "payments"`).
  let end = pasted.length;
  for (let i = 0; i < pasted.length; i++) {
    if ((pasted[i] as string).length > 1 && (pasted[i] as string).endsWith(';')) {
      end = i + 1;
      break;
    }
  }
  const kept = pasted.slice(0, end);
  // A colon after the last word is prose introducing the output ("kubectl get pods -o wide:"): no flag's value
  // or resource name ends in one.
  const lastWord = kept[kept.length - 1];
  if (lastWord !== undefined && lastWord.length > 1 && lastWord.endsWith(':') && !lastWord.endsWith('::')) {
    kept[kept.length - 1] = lastWord.slice(0, -1);
    // ... and so are the words of it glued on after the command ("kubectl get pod gives:", "... -A shows the
    // following:"): no resource or pod name is such a word, but a flag's value may be (`-n output:`).
    for (let k = 2; k < kept.length; k++) {
      if (INTRODUCING.has(kept[k] as string) && !VALUE_FLAGS.has(kept[k - 1] as string)) {
        kept.length = k;
        break;
      }
    }
  }
  // The end of an exec array a tool logged (Terraform's `Executing: ["/bin/sh" "-c" "kubectl get pod x"]`).
  else if (lastWord !== undefined && lastWord.length > 2 && (lastWord.endsWith('"]') || lastWord.endsWith("']"))) kept[kept.length - 1] = lastWord.slice(0, -2);
  const words: string[] = [];
  for (let i = 0; i < kept.length; i++) {
    const raw = kept[i] as string;
    const w = undashed(unquote(i === end - 1 && end < pasted.length ? raw.slice(0, -1) : raw));
    // A pipe typed without spaces (`-n soans|grep deploy`) still ends the value before it; a quoted one is text.
    const bar = w.indexOf('|');
    if (bar > 0 && raw.charCodeAt(0) !== 39 && raw.charCodeAt(0) !== 34) words.push(w.slice(0, bar), w.slice(bar));
    else words.push(w);
  }
  const cmd: KubectlCommand = {
    tool, verb: null, args: [], namespace: null, allNamespaces: false, output: null, wide: false, watch: false,
    showLabels: false, labelColumns: [], pipedTo: null, filtered: false, nodeName: null, phase: null, jobName: null, tableOnLine: false, launchedIn: null, inProse: false, text: (tool === '' ? kept : [tool, ...kept]).join(' ').replace(/;$/, ''),
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w === '|' || w.startsWith('|')) {
      // `kubectl delete pods -l app=x | kubectl get pods -l app=x -w`: the last program of a pipe prints what the
      // terminal shows, and kubectl ignores what is piped into a get: the rows are the second command's.
      const after = w.length > 1 ? i : i + 1;
      const next = w.length > 1 ? w.slice(1) : words[i + 1];
      if (next !== undefined && toolName(next) !== null && after + 1 < words.length) {
        return { ...parseCommand(words.slice(after + 1), next), text: cmd.text };
      }
      cmd.pipedTo = next ?? '';
      cmd.filtered = true;
      break;
    }
    if (w === '&&' || w === ';' || w === '||' || w === '>' || w === '2>&1' || w.startsWith('>')) break;
    // After exec's (run's, debug's) `--` come the container's command and its flags (`nc -w 5` is no watch, dw/05);
    // elsewhere a launcher's `--` (`minikube kubectl -- get pods`) only ends its own arguments.
    if (w === '--') {
      if (cmd.verb === 'exec' || cmd.verb === 'run' || cmd.verb === 'debug' || cmd.verb === 'attach') break;
      continue;
    }
    if (w.startsWith('--')) {
      const eq = w.indexOf('=');
      const name = eq >= 0 ? w.slice(0, eq) : w;
      let value = eq >= 0 ? w.slice(eq + 1) : undefined;
      if (value === undefined && VALUE_FLAGS.has(name)) {
        value = words[i + 1];
        i++;
      }
      switch (name) {
        case '--selector':
          cmd.filtered = true;
          if (value !== undefined) cmd.jobName = selected(value, JOB_NAME_LABEL);
          break;
        case '--field-selector':
          cmd.filtered = true;
          if (value !== undefined) {
            cmd.nodeName = selected(value, NODE_NAME_FIELD);
            cmd.phase = selected(value, PHASE_FIELD);
          }
          break;
        case '--namespace':
          if (value !== undefined) cmd.namespace = namespaceValue(value);
          break;
        case '--all-namespaces':
          cmd.allNamespaces = value !== 'false';
          break;
        case '--output':
          if (value !== undefined) setOutput(cmd, value);
          break;
        case '--watch':
        case '--watch-only':
          cmd.watch = value !== 'false';
          break;
        case '--show-labels':
          cmd.showLabels = value !== 'false';
          break;
        case '--label-columns':
          if (value !== undefined) cmd.labelColumns.push(...value.split(',').filter(Boolean));
          break;
        default:
          break;
      }
      continue;
    }
    if (w.startsWith('-') && w.length > 1) {
      if (applyShortFlags(cmd, w, words[i + 1])) i++;
      continue;
    }
    if (cmd.verb === null) cmd.verb = w;
    else {
      cmd.args.push(w);
      // `get pods web-0 web-1`, `get pod/web-0`: named pods, not the namespace's list.
      if (cmd.args.length > 1 || w.indexOf('/') > 0) cmd.filtered = true;
    }
  }
  return cmd;
}

/** `kubectl`, `/usr/local/bin/kubectl`, `./kubectl`, `./cluster/kubectl.sh`: a tool, by its file name. */
function toolName(word: string): string | null {
  if (SINGLE_TOOLS.has(word)) return word;
  // A phone or an editor capitalised the alias, or the tool, at the start of a line (`K get pod -n kube-system`,
  // `Kubectl apply -f ...`).
  if (word === 'K' || word === 'Kubectl') return word;
  // IPython's and Jupyter's shell escape (`!kubectl get pods -n team`), in notebooks and ML tutorials.
  if (word.charCodeAt(0) === 33 && word.length > 1 && SINGLE_TOOLS.has(word.slice(1))) return word;
  const slash = Math.max(word.lastIndexOf('/'), word.lastIndexOf('\\'));
  if (slash < 0) return null;
  const base = word.slice(slash + 1);
  if (base === 'kubectl' || base === 'kubectl.exe' || base === 'kubectl.sh' || base === 'oc') return word;
  // A copy renamed so a cleanup job or a filter misses it (`./akubectl`, `/tmp/kkubectl`, `./kubectl2`), as CTF
  // write-ups keep it: still kubectl by its file name. Not a plugin (`./kubectl-custom-cols`): its own arguments.
  return RENAMED_KUBECTL.test(base) ? word : null;
}

/** kubectl's name with a few letters or digits glued on either side. */
const RENAMED_KUBECTL = /^[a-z0-9]{0,4}kubectl[a-z0-9]{0,4}$/;

/** ssh's options that take a value (`-i key`, `-p 2222`, `-o StrictHostKeyChecking=no`). */
const SSH_VALUE_FLAGS: ReadonlySet<string> = new Set(['-i', '-p', '-l', '-o', '-F', '-J', '-L', '-R', '-D', '-b', '-c', '-e', '-m', '-S', '-W', '-w', '-E', '-B', '-O', '-Q']);

const KUBECONFIG_SET = 'KUBECONFIG=';

/** `KUBECONFIG=~/.kube/x`: a shell variable set for one command. */
function isAssignment(word: string): boolean {
  const eq = word.indexOf('=');
  if (eq <= 0) return false;
  for (let i = 0; i < eq; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || c === 95 || (i > 0 && c >= 48 && c <= 57))) return false;
  }
  return true;
}

/**
 * Words that run the next command (`sudo -E`, `time`, `env X=y`, `watch -n 1`, `KUBECONFIG=x`): how many to
 * skip before the tool, 0 when `words[i]` is none of them.
 */
function wrapperLength(words: readonly string[], i: number): number {
  let k = i;
  for (;;) {
    const w = words[k];
    if (w === undefined) return k - i;
    if (w === 'sudo' || w === 'time' || w === 'env' || w === 'command' || w === 'exec') {
      k++;
      // sudo -E, sudo -u root: flags of the wrapper, not of kubectl.
      while (words[k]?.startsWith('-') === true && words[k] !== '--') k += words[k] === '-u' ? 2 : 1;
      continue;
    }
    if (w === 'watch') {
      k++;
      for (;;) {
        const f = words[k];
        if (f === '-n' || f === '--interval') k += 2;
        else if (f?.startsWith('-') === true) k++;
        else break;
      }
      continue;
    }
    // `timeout 30s kubectl ...`, `nice -n 10 ...`, a CI script's `retry_cmd 5 10 kubectl ...`: a duration or counts, then the command.
    if (w === 'timeout' || w === 'nice' || w === 'nohup' || w === 'stdbuf' || w === 'doas' || w.startsWith('retry')) {
      let h = k + 1;
      for (;;) {
        const f = words[h];
        if (f === '-n' || f === '-s' || f === '-k' || f === '--signal' || f === '--kill-after') h += 2;
        else if (f !== undefined && f !== '--' && (f.startsWith('-') || isCountOrDuration(f))) h++;
        else break;
      }
      // A word of its own (`retry failed`, `timeout reached`) runs nothing: only what runs a tool next counts.
      if (w !== 'nohup' && w !== 'doas' && w !== 'nice' && h === k + 1) return k - i;
      k = h;
      continue;
    }
    if (isAssignment(w)) {
      k++;
      continue;
    }
    // `ssh -i key ubuntu@m-k8s "kubectl get pods -A"`: the command runs on the host named, its output is pasted here.
    if (w === 'ssh') {
      let h = k + 1;
      while (words[h]?.startsWith('-') === true) h += SSH_VALUE_FLAGS.has(words[h] as string) ? 2 : 1;
      // The host, then a command: ssh alone logs in (the prompt that follows is another line).
      if (words[h] === undefined || words[h + 1] === undefined) return k - i;
      k = h + 1;
      continue;
    }
    return k - i;
  }
}

/** A user's own short alias: a letter, then letters or digits (`ku`, `kv0`, one per kubeconfig). */
const SHORT_WORD = /^[a-z][a-z0-9]{0,3}$/;
/** kubectl as mistyped (`kubect`, `kubetcl`, `kubeclt`): kub and a few letters (no other tool's `get pods` starts so). */
const MISTYPED_KUBECTL = /^kub[a-z]{2,6}$/;
/** Programs with a `get` of their own: never a kubectl alias. */
const OTHER_GETTERS: ReadonlySet<string> = new Set(['go', 'git', 'apt', 'yum', 'dnf', 'pip', 'npm', 'gem', 'brew', 'helm', 'snap', 'wget']);

/**
 * Whether `words` from `at` are kubectl's namespace flags at most, then `get` and a pods resource, the namespace flags
 * before it or after `get` (`kctl get --all-namespaces pods`: pflag reads flags anywhere).
 */
function getsPodsAt(words: readonly string[], at: number): boolean {
  const k = afterNamespaceFlags(words, at);
  return words[k] === 'get' && POD_RESOURCES.has((words[afterNamespaceFlags(words, k + 1)] ?? '').split(/[/,]/)[0] ?? '');
}

/** Where the word after kubectl's namespace flags from `at` stands (a few at most). */
function afterNamespaceFlags(words: readonly string[], at: number): number {
  let k = at;
  for (let n = 0; n < 4; n++) {
    const w = words[k];
    if (w === '-n' || w === '--namespace') k += 2;
    else if (w === '-A' || w === '--all-namespaces' || (w !== undefined && (w.startsWith('--namespace=') || (w.startsWith('-n') && w.length > 2)))) k++;
    else break;
  }
  return k;
}

/** The command quoted (or bracketed) at the very end of a line (before a colon or a full stop), when it starts with a tool; else null. */
function endingQuote(line: string): string | null {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 58 || line.charCodeAt(end - 1) === 46 || line.charCodeAt(end - 1) === 32)) end--;
  const close = line.charCodeAt(end - 1);
  // Or in brackets, as a test harness logs the arguments it ran (odo's `Running oc with args [oc get pods -n x]`).
  if (close !== 34 && close !== 39 && close !== 0x201d && close !== 93) return null;
  const open = close === 0x201d ? '\u201c' : close === 93 ? '[' : String.fromCharCode(close);
  const at = line.lastIndexOf(open, end - 2);
  if (at <= 0) return null;
  const inner = line.slice(at + 1, end - 1).trim();
  const sp = inner.indexOf(' ');
  return sp > 0 && toolName(inner.slice(0, sp)) !== null ? inner : null;
}

/** `5`, `30s`, `1.5m`: a count or a `timeout` duration. */
function isCountOrDuration(w: string): boolean {
  let i = 0;
  while (i < w.length && ((w.charCodeAt(i) >= 48 && w.charCodeAt(i) <= 57) || w.charCodeAt(i) === 46)) i++;
  return i > 0 && (i === w.length || (i === w.length - 1 && 'smhd'.includes(w[i] as string)));
}

/**
 * Splits a prompt glued to the tool (`$kubectl`, `C:\\dev>kubectl`, `'kubectl` after `watch`) into two words,
 * so the search below sees the prompt end and the tool apart.
 */
function unglue(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (i < 10 && w.length > 1) {
      let at = -1;
      for (let k = w.length - 2; k >= 0; k--) {
        const c = w[k] as string;
        // An emoji or a symbol as the prompt's last mark (`root@shegde🎩kubectl`, `⚡kubectl`): an astral character's
        // low surrogate, or a dingbat or an arrow of the BMP.
        const code = c.charCodeAt(0);
        if (c === '$' || c === '#' || c === '>' || c === "'" || c === '"' || c === '%' || c === '`' || (code >= 0x2190 && (code <= 0x2bff || (code >= 0xdc00 && code <= 0xdfff) || code === 0xfe0f)) || code === FULLWIDTH_HASH || code === FULLWIDTH_DOLLAR || code === SYLLABIC_PE) {
          at = k;
          break;
        }
      }
      // A user@host prompt whose `# ` the paste lost, its home glued to the tool (`root@eck-lab:~kubectl`, hunt ch/19).
      if (at < 0 && i === 0) at = homeGluedAt(w);
      if (at >= 0 && toolName(w.slice(at + 1)) !== null) {
        if (at > 0 || (w[0] !== "'" && w[0] !== '"' && w[0] !== '`')) out.push(w.slice(0, at + 1));
        out.push(w.slice(at + 1));
        continue;
      }
      // The space after the tool lost in the paste (`kubectget po`, `kubectlget pods`): the tool and `get`, when pods follow.
      if (i > 0 && (w === 'kubectget' || w === 'kubectlget') && POD_RESOURCES.has((words[i + 1] ?? '').split(/[/,]/)[0] ?? '')) {
        out.push(w.slice(0, -3), 'get');
        continue;
      }
    }
    out.push(w);
  }
  return out;
}

/** Where `user@host:~` ends in a word that goes on after it (the `~`), else -1. */
function homeGluedAt(word: string): number {
  const home = word.indexOf(':~');
  return home > 0 && word.lastIndexOf('@', home) > 0 && home + 2 < word.length && word.charCodeAt(home + 2) !== 47 ? home + 1 : -1;
}

/**
 * A namespace as typed; null for a tutorial's placeholder (`<namespace>`, `$NS`, `${NAMESPACE}`, `{ns}`), which
 * names none (and pasted into a command, `<` would redirect the shell's input).
 */
function namespaceValue(value: string): string | null {
  const c = value.charCodeAt(0);
  // A value cut with an ellipsis (`electricilies-…`, a watch title's end): its start is not the namespace.
  if (c === 60 || c === 36 || c === 123 || c === 91 || value.charCodeAt(value.length - 1) === 0x2026) return null;
  // Prose punctuation after the command ("... -n kafka:"): a namespace is a DNS label, it ends in a letter or digit.
  let end = value.length;
  while (end > 0 && !isLabelEnd(value.charCodeAt(end - 1))) end--;
  // A placeholder a doc left (`[$namespace]`, `my_ns`): no DNS label holds such characters.
  for (let i = 0; i < end; i++) if (!isLabelEnd(value.charCodeAt(i)) && value.charCodeAt(i) !== 45) return null;
  return end === 0 ? null : end === value.length ? value : value.slice(0, end);
}

function isLabelEnd(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
}

/** A shell word without the quotes around it (or left over from `watch 'kubectl ...'`). */
function unquote(word: string): string {
  let a = 0;
  let b = word.length;
  while (a < b && (word[a] === '"' || word[a] === "'")) a++;
  while (b > a && (word[b - 1] === '"' || word[b - 1] === "'")) b--;
  return a === 0 && b === word.length ? word : word.slice(a, b);
}

/** Finds where a kubectl invocation starts in a line's words: after a prompt, or at the start. */
function findTool(words: readonly string[]): { at: number; tool: string; skip: number } | null {
  const lead = words[0];
  // A prompt whose parts end in no prompt character: "(base) ➜  ~ kubectl", kube-ps1's "(⎈|ctx:ns)➜  ~",
  // agnoster's "user@host  ~/dir   main  kubectl". Its first part carries a prompt symbol; prose does not.
  // zsh themes' `±` (the git repository's mark) alone before the command (`± kubectl get daemonset x -n y`) too.
  const freePrompt = lead === '➜' || lead === '❯' || lead === '→' || lead === 'λ' || lead === '~' || lead === '$:' || lead === '±' || (lead !== undefined && (isPromptPart(lead) || PICTOGRAPH.test(lead)));
  const limit = Math.min(words.length, 10);
  for (let i = 0; i < limit; i++) {
    const prev = words[i - 1];
    // After another command on the same line (`sleep 30; kubectl ...`, `Start-Sleep 30; kubectl`, `... && kubectl`).
    const chained = prev !== undefined && (prev === '&&' || (prev.length > 1 && prev.endsWith(';')));
    // After a short label (`Raw command: /usr/bin/kubectl get pods -n loki`, `Command: kubectl ...`): a verb must follow.
    const labelled = prev !== undefined && i <= 3 && prev.length > 1 && prev.endsWith(':') && isLabelWord(prev);
    // After another program's `--` (`vcluster connect vc1 -- kubectl get pod -A`, `aws-vault exec prod -- kubectl ...`):
    // it runs the command after it, whose output is pasted.
    const afterDashes = prev === '--' && i > 1;
    if (!(i === 0 || freePrompt || chained || labelled || afterDashes || (prev !== undefined && (endsWithPromptChar(prev) || (prev === '±' && pathBefore(words, i - 1)))))) continue;
    let skip = wrapperLength(words, i) + 1;
    const w = words[i + skip - 1] ?? '';
    const nextIndex = i + skip;
    let tool = toolName(w);
    if (tool === 'kg') {
      // The common alias for `kubectl get`: a resource or a flag follows at once (else a row of namespace "kg").
      const next = words[nextIndex];
      if (next !== undefined && (next.startsWith('-') || KG_RESOURCES.has(next.split(/[/,]/)[0] ?? ''))) return { at: i, tool, skip };
      continue;
    }
    if (tool === null && aliasExpansion(w) !== null) {
      // oh-my-zsh's kgp, kgpa, kgpwide...: complete commands, so only flags or a pipe may follow (else a row of namespace "kgp").
      const next = words[nextIndex];
      if ((next === undefined && (i > 0 || words.length === 1)) || (next !== undefined && (next.startsWith('-') || (i > 0 && next.startsWith('|'))))) return { at: i, tool: w, skip };
      continue;
    }
    // A program run by its path under another name (`./kbctl get pods -n dev`, a renamed kubectl in a CTF write-up):
    // kubectl when `get` and pods follow, which no other program's arguments read as.
    if (tool === null && w.length > 2 && w.includes('/') && getsPodsAt(words, nextIndex)) return { at: i, tool: w, skip };
    // kubectl mistyped (`[vagrant@fedora ~]$ kubect get po -n x`, `kubetcl`), after a prompt: read only as a `get` of pods.
    if (tool === null && i > 0 && MISTYPED_KUBECTL.test(w) && getsPodsAt(words, nextIndex)) return { at: i, tool: w, skip };
    // A user's own short alias after a prompt (`» ku -n test get po`): a word of a few letters, then kubectl's flags,
    // `get` and pods. Nothing else on a prompt line reads so.
    if (tool === null && i > 0 && SHORT_WORD.test(w) && !OTHER_GETTERS.has(w) && getsPodsAt(words, nextIndex)) return { at: i, tool: w, skip };
    // ... or alone on its line, the prompt not pasted (`ku get pods`), when nothing but flags follows the pods.
    if (tool === null && i === 0 && words.length <= 10 && SHORT_WORD.test(w) && !OTHER_GETTERS.has(w) && getsPodsAt(words, 1) && onlyFlagsAfterGet(words)) return { at: i, tool: w, skip };
    // kubectl left out after a prompt (`$ get pods -n knative-serving`, a note's shorthand): `get`, pods and flags only.
    // Not after hashes alone, a comment's or a heading's mark (`# get pods from every namespace`, `## get pods`).
    if (tool === null && i > 0 && w === 'get' && skip === 1 && prev !== undefined && prev.charCodeAt(0) !== 35 && getsPodsAt(words, i) && onlyFlagsAfterGet(words)) return { at: i, tool: '', skip: 0 };
    if (tool === null && LAUNCHERS.has(w) && words[nextIndex] === launched(w)) {
      tool = `${w} ${launched(w)}`;
      skip++;
    }
    if (tool === null) continue;
    let n = i + skip;
    if (words[n] === '--') n++;
    const next = words[n];
    // A bare "k" or "kubectl" in a sentence is not a command: a verb or a flag must follow.
    // A lone dash is a sentence's (`kubectl - repl command` in a help text), not a flag.
    // A flag's dashes made typographic (`kubectl –n shop get pods`) are a flag too: see undashed.
    if (next !== undefined && (VERBS.has(next) || ((next.startsWith('-') || next.charCodeAt(0) === 0x2013 || next.charCodeAt(0) === 0x2014) && next.length > 1))) return { at: i, tool, skip: n - i };
    if (next === undefined && tool !== 'k' && i > 0) return { at: i, tool, skip: n - i };
  }
  return null;
}

/**
 * Whether a path is among the words before `end`: then a `±` at `end` is the dirty mark agnoster's and powerline's git
 * segment closes the prompt with (`USER  ~/homelab/ovirt master ± oc get pods -A`, hunt cy/08), its separators lost.
 */
function pathBefore(words: readonly string[], end: number): boolean {
  for (let k = 0; k < end; k++) if (isPathWord(words[k] as string)) return true;
  return false;
}

/** Whether every word after `get` but its resource is a flag or a flag's value (`ku get pods -n x -o wide`, `ku get -A pods`). */
function onlyFlagsAfterGet(words: readonly string[]): boolean {
  const at = words.indexOf('get');
  let resource = false;
  for (let k = at + 1; k < words.length; k++) {
    const w = words[k] as string;
    if (!w.startsWith('-')) {
      if (resource) return false;
      resource = true;
    } else if (VALUE_FLAGS.has(w)) k++;
  }
  return at > 0;
}

/** A label's last word (`command:`, `Output:`, `명령:`): letters before the colon, no path or host in it. */
function isLabelWord(word: string): boolean {
  for (let i = 0; i < word.length - 1; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 0x2e80)) return false;
  }
  return true;
}

/** The kubectl plugin of oh-my-zsh: aliases that stand for a whole `get pods` command. */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  kgp: ['get', 'pods'],
  kgpa: ['get', 'pods', '--all-namespaces'],
  kgpw: ['get', 'pods', '--watch'],
  kgpwide: ['get', 'pods', '-o', 'wide'],
  kgpall: ['get', 'pods', '--all-namespaces', '-o', 'wide'],
  kgpl: ['get', 'pods', '-l'],
  kgpn: ['get', 'pods', '-n'],
  kga: ['get', 'all'],
  kgaa: ['get', 'all', '--all-namespaces'],
};

/** ahmetb/kubectl-aliases' flag suffixes, each a piece of the alias's name (`kgpoallowide`: all, owide). */
const ALIAS_FLAGS: readonly (readonly [string, readonly string[]])[] = [
  ['oyaml', ['-o', 'yaml']], ['ojson', ['-o', 'json']], ['owide', ['-o', 'wide']], ['all', ['--all-namespaces']],
  ['sl', ['--show-labels']], ['w', ['--watch']], ['l', ['-l']], ['n', ['--namespace']],
];
const ALIAS_RESOURCES: Readonly<Record<string, string>> = { po: 'pods', no: 'nodes', dep: 'deployment', svc: 'service', sts: 'statefulset', ns: 'namespaces', ing: 'ingress', cm: 'configmap', sec: 'secret' };

/**
 * What an alias stands for: oh-my-zsh's (`kgp`, `kgpa`...) or ahmetb/kubectl-aliases' (`k` [`sys`] `g`
 * resource, then flags: `kgpo`, `ksysgpo`, `kgpoallowide`, `kgno`). Null for any other word.
 */
function aliasExpansion(word: string): readonly string[] | null {
  if (Object.hasOwn(ALIASES, word)) return ALIASES[word] as readonly string[];
  if (word.length < 4 || word.charCodeAt(0) !== 107) return null;
  let at = 1;
  const out: string[] = [];
  if (word.startsWith('sys', at)) {
    out.push('--namespace', 'kube-system');
    at += 3;
  }
  if (word.charCodeAt(at) !== 103) return null;
  at++;
  let resource: string | null = null;
  for (const short of Object.keys(ALIAS_RESOURCES)) {
    if (word.startsWith(short, at) && (resource === null || short.length > resource.length)) resource = short;
  }
  if (resource === null) return null;
  out.unshift('get', ALIAS_RESOURCES[resource] as string);
  at += resource.length;
  while (at < word.length) {
    const flag = ALIAS_FLAGS.find(([suffix]) => word.startsWith(suffix, at));
    if (flag === undefined) return null;
    out.push(...flag[1]);
    at += flag[0].length;
  }
  return out;
}

/**
 * Whether a command was typed as an alias (kg, kgp, ...): people define those their own way, so the flags
 * the alias stands for are a guess.
 */
export function isAlias(tool: string): boolean {
  return tool === 'kg' || aliasExpansion(tool) !== null;
}

/** A lone emoji or symbol a themed prompt starts with (starship's `✨`, `🚀`, `☸`): no word of prose or row is one. */
const PICTOGRAPH = /^[\p{Extended_Pictographic}\p{So}][\p{Extended_Pictographic}\p{So}\uFE0F\u200D]*$/u;

/** A word of a shell prompt: a user@host, a path, a bracketed context, a prompt glyph (not a word of prose). */
function isPromptPart(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    // @ ~ / : ( [ and the glyphs prompts draw with (⎈ ➜ ❯ and Powerline's private-use separators).
    // Box drawing too: a two-line prompt's second line starts `╰─` or `└─` (powerlevel10k, Parrot OS).
    if (c === 64 || c === 126 || c === 47 || c === 40 || c === 91 || (c === 58 && i > 0) || c === 0x2388 || c === 0x279c || c === 0x276f || (c >= 0xe000 && c <= 0xf8ff) || (i === 0 && (c === 0x2570 || c === 0x2514))) return true;
  }
  return false;
}

/** Hangul, kana, CJK ideographs and full-width forms. */
const CJK = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

/** `[..snipped..]`, `<snip>`, `[snip]`, `(snipped)`: lines left out, said in words. */
const SNIPPED = /^[[(<]\.*\s*snip(?:ped)?\s*\.*[\])>]$/i;
/** Dots or ellipses alone, more than one ellipsis's worth: a left-out run of lines. */
const LONG_ELLIPSIS = /^(?:\.{4,12}|\u2026{2,6}|\u3002{3,12})$/;
/** Dots, ideographic full stops (`。。。`) or an ellipsis, then "left out" in Chinese, Japanese or Korean (`。。。省略`). */
const ELLIPSIS_OMITTED = /^(?:\.{3,12}|\u2026{1,6}|\u3002{3,12}) ?(?:省略|以下省略|中略|略|생략)$/;

/** Box-drawing characters only (`─╯`, `──╮`): a prompt's frame. */
function isBoxDrawing(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x2500 || c > 0x257f) return false;
  }
  return word.length > 0;
}

/** `Every 2.0s: kubectl get pods   m-k8s: Tue Nov 25 ...`: the header the `watch` program prints. */
const WATCH_HEADER = /^Every [0-9.,]+s: /;
/**
 * The host and the clock that end `watch`'s title (`m-k8s: Tue Nov 25 10:00:00 2025`, procps 4's `host: 12:12:38` or
 * `03:13:04 PM`), for a title whose wide gap before them was collapsed to one space in the copy (ee/03).
 */
const WATCH_STAMP = / [^\s:]+: (?:[A-Za-z]{3} [A-Za-z]{3} +\d{1,2} )?\d{1,2}:\d{2}:\d{2}(?: [AP]M)?(?: \d{4})?$/;
/** A header glued to the year that ends `watch`'s title. */
export const GLUED_HEADER = /\d{4}(?:NAMESPACE|NAME) {2}/;

export type MessageId = 'no-resources' | 'no-resources-other' | 'wait-timeout' | 'helm-timeout' | 'kubectl-error' | 'container-name-needed' | 'runtime-error' | 'server-error' | 'connection-refused' | 'server-refused' | 'unable-to-connect' | 'certificate-expired' | 'no-resources-failed' | 'apiservice-unavailable' | 'metrics-api-unavailable' | 'ellipsis' | 'klog' | 'kubectl-warning' | 'rollout-deadline' | 'rollout-waiting' | 'rollout-done' | 'resource-changed' | 'cluster-info' | 'kubelet-unreachable' | 'metrics-api-missing' | 'container-waiting' | 'exec-format-error' | 'forbidden' | 'forbidden-cluster' | 'quota-exceeded' | 'resource-type-pod' | 'dns-lookup-failed' | 'api-service-unreachable' | 'pod-security-refused' | 'run-as-root';

/** Every message id `classifyLine` can emit, for the i18n completeness test. */
export const MESSAGE_IDS: readonly MessageId[] = ['no-resources', 'no-resources-other', 'wait-timeout', 'helm-timeout', 'kubectl-error', 'container-name-needed', 'runtime-error', 'server-error', 'connection-refused', 'server-refused', 'unable-to-connect', 'certificate-expired', 'no-resources-failed', 'apiservice-unavailable', 'metrics-api-unavailable', 'ellipsis', 'klog', 'kubectl-warning', 'rollout-deadline', 'rollout-waiting', 'rollout-done', 'resource-changed', 'cluster-info', 'kubelet-unreachable', 'metrics-api-missing', 'container-waiting', 'exec-format-error', 'forbidden', 'forbidden-cluster', 'quota-exceeded', 'resource-type-pod', 'dns-lookup-failed', 'api-service-unreachable', 'pod-security-refused', 'run-as-root'];

/** The runtime's or the kubelet's reasons a container did not start, after `Error: ` in a pod's events. */
const RUNTIME_ERROR = /^Error: (?:failed to (?:start|create|pull|generate|reserve|prepare)|container |ErrImagePull|ImagePullBackOff|ErrImageNeverPull|InvalidImageName|CreateContainerConfigError|CreateContainerError|RunContainerError|configmap |secret |couldn't find key|Error response from daemon|rpc error|OCI runtime)/;

/** The container runtime's gRPC error (`rpc error: code = Unknown desc = ...`, before 2018 `code = 2`), bare or after `Init:`. */
const RPC_STATUS = /^(?:Init:)?rpc error: code = (?:\d+|[A-Z][A-Za-z]+) desc = /;

/** What kubectl apply, create, delete, scale, label... print per object: `deployment.apps/nginx created`, `pod "web-0" deleted`. */
const RESOURCE_CHANGE = /^(?:[a-z][a-z0-9.-]*\/[a-z0-9][-a-z0-9.:]*|[a-z][a-z0-9.-]* "[^"]+") (?:created|configured|unchanged|deleted|patched|labeled|annotated|scaled|restarted|exposed|serverside-applied|cordoned|uncordoned|already cordoned|already uncordoned|drained|evicted|edited|replaced|tainted|untainted|autoscaled|rolled back|resumed|paused|(?:image|env|resource requirements|serviceaccount|selector|subjects) updated)(?: from [a-z0-9][-a-z0-9]* namespace)?(?: \([a-z ]+\))?$/;

const WAIT_TIMEOUT = 'timed out waiting for the condition';
const RATE_DEADLINE = 'would exceed context deadline';
const FAILED_DEADLINE = 'FAILED: context deadline exceeded';

/** The last line `kubectl cluster-info` prints. */
const CLUSTER_INFO_DUMP = "To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'";
/** A line of `kubectl cluster-info`: `Kubernetes control plane is running at https://...`, `CoreDNS is running at ...`. */
const CLUSTER_INFO_LINE = /^[A-Z][A-Za-z0-9-]{0,40}(?: [A-Za-z0-9-]{1,40}){0,3} is running at https?:\/\/\S+$/;

/** What `kubectl rollout status` prints while it waits, and when it is done. */
// kubectl before 1.11 named no object (`Waiting for rollout to finish: 1 out of 3 new replicas have been updated...`, dy/01).
const ROLLOUT_WAITING = /^Waiting for (?:deployment|daemon set|statefulset|rollout to finish|partitioned roll out|\d+ pods? to be ready)\b/;
const ROLLOUT_DONE = /^(?:deployment|daemon set|statefulset) "[^"]*" successfully rolled out$|^(?:statefulset rolling update complete|partitioned roll out complete)\b/;

/**
 * Go's TLS check of a certificate outside its validity (`x509: certificate has expired or is not yet valid`, since Go
 * 1.16 followed by `: current time X is after Y` or `is before Y`): the server's certificate ran out, or a clock is wrong.
 */
const X509_EXPIRED = 'x509: certificate has expired';

/** The aggregator's 503 for an APIService whose server does not answer, as discovery quotes it. */
const API_UNAVAILABLE = ': the server is currently unable to handle the request';
const RESOURCE_LIST = "couldn't get resource list for ";
const SERVER_APIS = 'unable to retrieve the complete list of server APIs: ';

/**
 * The API group and version a discovery failure names (`metrics.k8s.io/v1beta1`), when the aggregator answered
 * 503 for it: client-go's klog line (`E1217 ... memcache.go:287] couldn't get resource list for <group>/<version>:
 * the server is currently unable to handle the request`) or kubectl's `error: unable to retrieve the complete list
 * of server APIs: <group>/<version>: ...`. Null for any other line.
 *
 * @example
 * unavailableApi("E0411 12:36:32.181316   19120 memcache.go:287] couldn't get resource list for metrics.k8s.io/v1beta1: the server is currently unable to handle the request")
 * // 'metrics.k8s.io/v1beta1'
 */
export function unavailableApi(text: string): string | null {
  const end = text.indexOf(API_UNAVAILABLE);
  if (end < 0) return null;
  let start = text.indexOf(RESOURCE_LIST);
  if (start >= 0) start += RESOURCE_LIST.length;
  else {
    start = text.indexOf(SERVER_APIS);
    if (start < 0) return null;
    start += SERVER_APIS.length;
  }
  if (end <= start || end - start > 253) return null;
  const api = text.slice(start, end);
  const slash = api.indexOf('/');
  // A group is a DNS name (the core group `v1` is never aggregated); its version a single word.
  if (slash <= 0 || slash === api.length - 1 || api.indexOf('/', slash + 1) >= 0 || api.indexOf(' ') >= 0 || api.indexOf(':') >= 0) return null;
  return api;
}

/** The message an API's discovery failure gets: metrics-server's API has its own next step. */
function unavailableApiId(api: string): MessageId {
  return api.startsWith('metrics.k8s.io/') ? 'metrics-api-unavailable' : 'apiservice-unavailable';
}

const EVICTING = 'evicting pod ';
const EVICTING_POD = /^evicting pod (?:[a-z0-9][-a-z0-9]*\/)?[a-z0-9][-a-z0-9.]*$/;
const METRICS_API_MISSING = 'Metrics API not available';
const DIALING_BACKEND = 'error dialing backend';
const KUBELET_PORT = ':10250';
/** The kubelet's answer to logs of a container not yet started: `container "x" in pod "y" is waiting to start: <reason>`. */
export const WAITING_TO_START = /^Error from server \(BadRequest\): container "([^"]+)" in pod "([^"]+)" is waiting to start: (.+)$/;
/**
 * RBAC's refusal: `... is forbidden: User "dev" cannot list resource "pods" in API group "" in the namespace "shop"`
 * (or `at the cluster scope`), and before 1.11 `User "dev" cannot list pods in the namespace "shop"`. Admission's
 * refusals (a quota, PodSecurity) are Forbidden too but name no user: they stay the server's answer.
 */
const FORBIDDEN = /is forbidden: User "([^"]*)" cannot ([a-z]+) (?:resource "([^"]+)"(?: in API group "([^"]*)")?|([a-z][a-z0-9./-]*))( in the namespace "([^"]*)"| at the cluster scope)/;

/**
 * What an RBAC refusal names, for its message: the user, the verb and the resource as `kubectl auth can-i` takes them
 * (`deployments.apps`, `pods/log`), and the namespace (empty at the cluster scope).
 *
 * @example
 * forbiddenVars('Error from server (Forbidden): pods is forbidden: User "takashi" cannot list resource "pods" in API group "" in the namespace "takashi"')
 * // { user: 'takashi', verb: 'list', resource: 'pods', namespace: 'takashi' }
 */
export function forbiddenVars(text: string): Record<string, string> {
  const m = FORBIDDEN.exec(text);
  if (m === null) return { user: '', verb: '', resource: '', namespace: '' };
  const resource = m[3] ?? m[5] ?? '';
  const group = m[4] ?? '';
  return { user: m[1] ?? '', verb: m[2] ?? '', resource: group === '' ? resource : `${resource}.${group}`, namespace: m[7] ?? '' };
}

/**
 * A pod the ResourceQuota admission refused: `pods "web-5d-x7k2p" is forbidden: exceeded quota: compute, requested:
 * limits.cpu=1, used: limits.cpu=6, limited: limits.cpu=6` (`Exceeded quota` before 1.3).
 */
const EXCEEDED_QUOTA = 'xceeded quota: ';
const QUOTA_EXCEEDED = /is forbidden: [Ee]xceeded quota: ([^,\s]+), requested: (\S+?), used: (\S+?), limited: (\S+)/;

/**
 * What a quota refusal names, for its message: the quota and the resources requested, used and allowed.
 *
 * @example
 * quotaVars('Error creating: pods "p-1" is forbidden: exceeded quota: q, requested: limits.cpu=1, used: limits.cpu=6, limited: limits.cpu=6')
 * // { quota: 'q', requested: 'limits.cpu=1', used: 'limits.cpu=6', limited: 'limits.cpu=6' }
 */
export function quotaVars(text: string): Record<string, string> {
  const m = QUOTA_EXCEEDED.exec(text);
  if (m === null) return { quota: '', requested: '', used: '', limited: '' };
  return { quota: m[1] ?? '', requested: m[2] ?? '', used: m[3] ?? '', limited: m[4] ?? '' };
}

/** The runtime's failure to run a container's program built for another CPU: `exec /bin/cp: exec format error`. */
const EXEC_FORMAT_ERROR = ': exec format error';
/** Where admission's refusal of a pod names its reason: `pods "x" is forbidden: <reason>`. */
const IS_FORBIDDEN = ' is forbidden: ';
/**
 * The reasons admission gives when a pod's security settings are what it refuses: Pod Security admission's level, a
 * PodSecurityPolicy (gone in 1.25; before 1.17 it said "no providers"), an OpenShift SecurityContextConstraints.
 */
const POD_SECURITY_REFUSED = /is forbidden: (?:violates PodSecurity "|unable to validate against any (?:pod security policy|security context constraint)|no providers available to validate pod request)/;
/** The kubelet's refusal to start a container runAsNonRoot forbids: a root image, or a user name it cannot check. */
const RUN_AS_ROOT = /container has runAsNonRoot and image (?:will run as root|has non-numeric user)/;
const DIAL_TCP = 'dial tcp ';
/** How logrus starts a line (`time="2020-09-02T00:54:46Z" level=fatal msg=...`): Go operators' logs, in lower case. */
const LOGRUS_TIME = 'time="';
/** How a dial to the API's Service address failed: no answer, no route, or nothing listening behind it. */
const API_SERVICE_DIAL = /dial tcp (\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3}):443: (?:i\/o timeout|connect: (?:no route to host|connection refused|network is unreachable))/;

/**
 * Whether a log line says a client dialed the API at a private address on 443 and failed: the cluster IP pods are
 * given for the kubernetes Service. Not kubectl's own discovery from outside (`couldn't get current server API group
 * list`), which dials the cluster's endpoint, not a Service.
 */
function apiServiceDial(text: string): boolean {
  const m = API_SERVICE_DIAL.exec(text);
  if (m === null || text.indexOf('server API group list') >= 0) return false;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return isPrivateIpv4(a, b) && text.indexOf(`https://${m[1]}.${m[2]}.${m[3]}.${m[4]}:443/api`) >= 0;
}

/** kubectl's word for a resource type it does not know: `error: the server doesn't have a resource type "x"`. */
const NO_RESOURCE_TYPE = 'error: the server doesn\'t have a resource type "';
const OBJECT_NAME = /^[a-z0-9][a-z0-9.-]*$/;
/** A StatefulSet pod's ordinal at a name's end, which no word ends in. */
const ORDINAL_END = /-(?:0|[1-9]\d{0,4})$/;

/**
 * The pod name kubectl took for a resource type (`kubectl describe falco-s6wg8`, the type left out, dn/09, dn/16), else
 * null: a name ending in a generated suffix (`-<5 of the generator's alphabet>`) or a StatefulSet's ordinal (`pzoo-0`,
 * dv/02), which no resource type's name has (they are words, `network-attachment-definitions`).
 */
export function podNamedType(text: string): string | null {
  if (!text.startsWith(NO_RESOURCE_TYPE) || !text.endsWith('"')) return null;
  const name = text.slice(NO_RESOURCE_TYPE.length, -1);
  const dash = name.lastIndexOf('-');
  if (dash <= 0 || !OBJECT_NAME.test(name)) return null;
  return (name.length - dash - 1 === 5 && allInAlphabet(name, dash + 1)) || ORDINAL_END.test(name) ? name : null;
}

/** The messages kubectl prints instead of (or around) a table. */
export function messageId(text: string): MessageId | null {
  if (text.startsWith('No resources found')) return 'no-resources';
  // A name the cluster's DNS did not answer for: busybox's nslookup, bind's, or a Go program's log (`lookup x on
  // 10.96.0.10:53: no such host`), most often a StatefulSet member's `<pod>.<service>` (dz/16, dz/17).
  if (dnsLookupFailed(text)) return 'dns-lookup-failed';
  // The API server failing to reach a node's kubelet (port 10250), which logs, exec, attach and port-forward go through:
  // no refusal of the request, no object missing.
  // Admission's refusal of a pod for its namespace's ResourceQuota: from kubectl apply (`Error from server (Forbidden):
  // ...`) or from a ReplicaSet's FailedCreate event pasted as a line (dk/20). The pod never exists, so no row shows it.
  if (text.indexOf(EXCEEDED_QUOTA) > 0 && QUOTA_EXCEEDED.test(text)) return 'quota-exceeded';
  // Admission's refusal of a pod for its security settings, the same two ways (er/15: a ReplicaSet's FailedCreate
  // under PodSecurityPolicy). Its owner shows fewer pods than it wants, and no row says why.
  if (text.indexOf(IS_FORBIDDEN) > 0 && POD_SECURITY_REFUSED.test(text)) return 'pod-security-refused';
  // The kubelet's event for a container runAsNonRoot will not let start (er/01: `Warning  Failed ... kubelet  Error:
  // container has runAsNonRoot and image will run as root`): the why of a CreateContainerConfigError row.
  if (text.indexOf('runAsNonRoot') > 0 && RUN_AS_ROOT.test(text)) return 'run-as-root';
  if (text.startsWith('Error from server')) return serverErrorId(text);
  // What a container printed as it failed to start: its program is for another CPU (an amd64 image on arm64).
  // (runc before 1.1 said it as `standard_init_linux.go:228: exec user process caused: exec format error`.)
  if ((text.startsWith('exec ') || text.startsWith('standard_init_linux.go:')) && text.endsWith(EXEC_FORMAT_ERROR)) return 'exec-format-error';
  // `kubectl rollout status` giving up: the Deployment's ProgressDeadlineExceeded.
  if (text.startsWith('error: deployment "') && text.endsWith('exceeded its progress deadline')) return 'rollout-deadline';
  // `kubectl wait --for=condition=Ready` giving up on an object (CI logs print it bare or after `error: `).
  if (text.startsWith(WAIT_TIMEOUT) || (text.startsWith('error: ') && text.startsWith(WAIT_TIMEOUT, 7))) return 'wait-timeout';
  // `kubectl logs` (or exec) on a pod of several containers, none named: no flag, type or file is wrong.
  if (text.startsWith('error: a container name must be specified')) return 'container-name-needed';
  // A container that failed to start, as kubectl describe's events quote the runtime (`Error: failed to start container
  // "x": ...`, `Error: ImagePullBackOff`): why the pod fails, not a kubectl command gone wrong.
  if (text.startsWith('Error: ') && RUNTIME_ERROR.test(text)) return 'runtime-error';
  // The runtime's gRPC error as a STATUS of its own (`Init:rpc error: code = 2 desc = Error response from daemon: ...`):
  // kubelets of 2017 gave it as the container's waiting reason, so STATUS showed it, and a pod's cell pasted alone reads so (en/13).
  if (RPC_STATUS.test(text)) return 'runtime-error';
  // A label alone (`Error:` over the log the asker quotes next): kubectl's errors always say what went wrong.
  if (text.length === 6 && (text === 'Error:' || text === 'error:')) return null;
  if (text.startsWith('error:')) {
    // A log entry's field pasted with it (`error: "Could not listen on :8081: ..."`, a JSON or YAML payload): the
    // pod's own log, its value wholly in quotes, which no kubectl error is.
    if (text.charCodeAt(7) === 34 && text.charCodeAt(6) === 32 && (text.endsWith('"') || text.endsWith('",'))) return null;
    // kubectl's request failed on the API server's certificate (`error: unable to recognize "x.yaml": Get
    // https://...: x509: certificate has expired or is not yet valid`), or on an add-on's API in discovery.
    if (text.indexOf(X509_EXPIRED) > 0) return 'certificate-expired';
    const api = text.indexOf(SERVER_APIS) > 0 ? unavailableApi(text) : null;
    if (api !== null) return unavailableApiId(api);
    // `kubectl top` when discovery lists no metrics.k8s.io group: metrics-server is missing or its APIService is
    // unavailable; no flag, type or file is wrong.
    if (text.startsWith(METRICS_API_MISSING, 7)) return 'metrics-api-missing';
    if (text.startsWith(NO_RESOURCE_TYPE) && podNamedType(text) !== null) return 'resource-type-pod';
    return 'kubectl-error';
  }
  // Helm's `--wait` giving up (`Error: timed out waiting for the condition`, `Error: INSTALLATION FAILED: timed out
  // ...`): cobra's capital `Error:`, where kubectl wait writes `error:` and names the object.
  // Its wait ends by its context's deadline too: client-go's rate limiter refusing a request the deadline would cut
  // (`client rate limiter Wait returned an error: rate: Wait(n=1) would exceed context deadline`, ep/35), or newer
  // Helm's `UPGRADE FAILED: context deadline exceeded`. Not a bare `context deadline exceeded`: a cluster out of reach
  // (`Kubernetes cluster unreachable: Get ...: context deadline exceeded`) ends so too.
  if (text.startsWith('Error:')) return text.indexOf(WAIT_TIMEOUT) > 0 || text.indexOf(RATE_DEADLINE) > 0 || text.indexOf(FAILED_DEADLINE) > 0 ? 'helm-timeout' : 'kubectl-error';
  if (ROLLOUT_WAITING.test(text)) return 'rollout-waiting';
  if (ROLLOUT_DONE.test(text)) return 'rollout-done';
  // The API server's warnings (deprecations, policy), which kubectl prints before the table.
  // ... and kubectl drain's own, in capitals (`WARNING: ignoring DaemonSet-managed Pods: ...`, hunt cl/14).
  if (text.startsWith('Warning: ') || text.startsWith('WARNING: ')) return 'kubectl-warning';
  // kubectl drain names each pod it evicts before it says it is gone (`evicting pod default/mysql-0`).
  if (text.startsWith(EVICTING) && EVICTING_POD.test(text)) return 'resource-changed';
  // kubectl's default, localhost:8080, is what it tries with no kubeconfig; another address is a configured server that is down.
  if (text.startsWith('The connection to the server') && text.indexOf('refused') > 0) return text.indexOf('localhost:8080') > 0 || text.indexOf('127.0.0.1:8080') > 0 ? 'connection-refused' : 'server-refused';
  if (text.startsWith('Unable to connect to the server')) return text.indexOf(X509_EXPIRED) > 0 ? 'certificate-expired' : 'unable-to-connect';
  // `kubectl cluster-info`: where the API server and the add-ons answer, then its fixed last line (which names a
  // command, but one to run, not one that ran).
  if (text.startsWith(CLUSTER_INFO_DUMP) || (text.indexOf(' is running at http') > 0 && CLUSTER_INFO_LINE.test(text))) return 'cluster-info';
  // Japanese notes mark left-out lines with a colon or a vertical ellipsis alone on the line (`:`, `︙`).
  // Chinese writes its ellipsis doubled (`……`), and typed as six dots (`......`) or full stops (`。。。省略`, "left out").
  if (text === '...' || text === '…' || text === '⋮' || text === '(...)' || text === '[...]' || text === ':' || text === '︙' || SNIPPED.test(text) || LONG_ELLIPSIS.test(text) || ELLIPSIS_OMITTED.test(text)) return 'ellipsis';
  // A program in a pod failing to reach the API server through the kubernetes Service's cluster IP (`Get
  // "https://10.96.0.1:443/api/v1/namespaces...": dial tcp 10.96.0.1:443: i/o timeout`), in CoreDNS's, a CNI agent's or
  // an operator's log (df/18, cu/03, dx/04): that node's way to Services is broken, or nothing answers behind it.
  if (text.indexOf(DIAL_TCP) > 0 && apiServiceDial(text)) return 'api-service-unreachable';
  if (isKlog(text)) {
    // client-go's own log lines above kubectl's output: discovery that failed on a certificate or on an add-on's API.
    if (text.indexOf(X509_EXPIRED) > 0) return 'certificate-expired';
    const api = text.indexOf(RESOURCE_LIST) > 0 ? unavailableApi(text) : null;
    return api === null ? 'klog' : unavailableApiId(api);
  }
  return null;
}

/**
 * The API server's answer, or the kubelet's through it: a kubelet it could not reach, a container that has not
 * started (so has no log yet: the request was understood and the pod exists), or a refusal or a missing object.
 */
const CONTAINER_NAME_NEEDED = 'a container name must be specified for pod ';
function serverErrorId(text: string): MessageId {
  if (text.indexOf(DIALING_BACKEND) > 0 || text.indexOf(KUBELET_PORT) > 0) return 'kubelet-unreachable';
  if (text.startsWith(' (Forbidden): ', 17)) {
    const f = FORBIDDEN.exec(text);
    if (f !== null) return f[6] === ' at the cluster scope' ? 'forbidden-cluster' : 'forbidden';
  }
  if (!text.startsWith(' (BadRequest): ', 17)) return 'server-error';
  // Before kubectl picked a default container (1.18 and older), the API server itself refused logs of a pod of several
  // (`Error from server (BadRequest): a container name must be specified for pod ..., choose one of: [database logs]`,
  // eh/09): the same advice as kubectl's own wording, and the same list of containers to name.
  if (text.startsWith(CONTAINER_NAME_NEEDED, 32)) return 'container-name-needed';
  return text.startsWith('container "', 32) && WAITING_TO_START.test(text) ? 'container-waiting' : 'server-error';
}

/** busybox's and bind's nslookup failing, or a Go resolver's error through a DNS server's port 53. */
function dnsLookupFailed(text: string): boolean {
  return text.startsWith(NSLOOKUP_FAILED) || (text.startsWith(SERVER_CANT_FIND) && NXDOMAIN.test(text)) || (text.indexOf(NO_SUCH_HOST) > 0 && GO_LOOKUP.test(text)) || (text.startsWith('WARN ') && text.indexOf(SEED_LOOKUP) > 0);
}
/**
 * Cassandra's log when a seed's name does not resolve (`WARN  [main] ... SimpleSeedProvider.java:60 - Seed provider
 * couldn't lookup host cassandra-0.cassandra-headless...`, dz/13): a StatefulSet member's name, like the lookups above.
 */
const SEED_LOOKUP = "Seed provider couldn't lookup host ";
const NSLOOKUP_FAILED = "nslookup: can't resolve ";
const SERVER_CANT_FIND = "** server can't find ";
const NXDOMAIN = /: (?:NXDOMAIN|SERVFAIL)$/;
const NO_SUCH_HOST = ':53: no such host';
const GO_LOOKUP = /\blookup \S+ on \S+:53: no such host/;

/** klog's header: severity letter, MMDD, a space, then hh:mm:ss. */
function isKlog(text: string): boolean {
  const c = text[0];
  if (c !== 'I' && c !== 'W' && c !== 'E' && c !== 'F') return false;
  for (let i = 1; i <= 4; i++) {
    const d = text.charCodeAt(i);
    if (d < 48 || d > 57) return false;
  }
  return text[5] === ' ' && text[8] === ':';
}

/** kubeletctl's pods and kubectl-ice's containers: see isHeaderLine. */
const KUBELETCTL_HEADER = /^POD +NAMESPACE +CONTAINERS$/;
const ICE_HEADER = /^(?:T +)?PODNAME +CONTAINER +[A-Z][A-Z -]*$/;
/** How kubectl 1.0-1.1's ReplicationControllers table starts. */
const OLD_RC_HEADER = 'CONTROLLER ';

/**
 * A header line: upper-case column names, NAME (or NAMESPACE) first; or `kubectl top`'s, whose units are in lower case.
 *
 * @example
 * isHeaderLine('NAMESPACE NAME READY STATUS') // true
 */
export function isHeaderLine(text: string): boolean {
  // `--output-watch-events` puts an EVENT column (ADDED, MODIFIED, DELETED) first. Events' own tables (`kubectl
  // events`, `get events`; before 1.14 `LASTSEEN   FIRSTSEEN   COUNT`) start with when they were last seen.
  // `crictl ps -a`'s containers (CONTAINER IMAGE CREATED STATE NAME ATTEMPT POD ID POD): what a node shows when the API
  // server is down, another table beside the pods'.
  // kubeletctl's pods (POD NAMESPACE CONTAINERS) and kubectl-ice's containers (T PODNAME CONTAINER READY ...): other
  // tools' tables of the same pods, listed beside them rather than left as noise.
  // kubectl 1.0-1.1's ReplicationControllers (CONTROLLER CONTAINER(S) IMAGE(S) SELECTOR REPLICAS): the owners of the pods beside them.
  if (!(text.startsWith('NAME ') || text.startsWith('NAMESPACE ') || text.startsWith('EVENT ') || text.startsWith('LAST SEEN ') || text.startsWith('LASTSEEN '))) return (text.startsWith('POD ') && (TOP_HEADER.test(text) || KUBELETCTL_HEADER.test(text))) || (text.startsWith('CONTAINER ') && text.indexOf(' ATTEMPT ') > 0 && capitalsOnly(text, 0) >= 6) || ((text.startsWith('T ') || text.startsWith('PODNAME ')) && ICE_HEADER.test(text)) || (text.startsWith(OLD_RC_HEADER) && text.indexOf(' REPLICAS') > 0 && capitalsOnly(text, 0) >= 6);
  const capitals = capitalsOnly(text, 0);
  return capitals >= 6 || (capitals < 0 && ((text.indexOf('CPU(cores)') > 0 && TOP_HEADER.test(text)) || noteColumnAt(text) > 0 || (text.indexOf('=') > 0 && capitalsOnly(text.replace(LABEL_COLUMN_EQUALS, ''), 0) >= 6)));
}

/**
 * The `=` of a label column asked for with a value (`-L app.kubernetes.io/name=web`): kubectl names the column after
 * the key's last part as typed, value and all (`NAME=WEB`, ee/05), and prints the label's value under it.
 */
const LABEL_COLUMN_EQUALS = /(?<=[A-Z0-9])=(?=[A-Z0-9])/g;

const LETTER = /\p{L}/u;

/**
 * Where a last column the author named in their own script starts (`NAMESPACE   NAME   READY   STATUS      解释`, a
 * note on each pod typed over RESTARTS and AGE), after a header of capitals; -1 when there is none. The name is
 * letters outside ASCII only: a word in capitals is a column kubectl printed.
 */
export function noteColumnAt(text: string): number {
  if (text.charCodeAt(text.length - 1) <= 127) return -1;
  const at = text.lastIndexOf('  ');
  if (at < 0) return -1;
  for (let i = at + 2; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 127 || !LETTER.test(text[i] as string)) return -1;
  }
  return capitalsOnly(text.slice(0, at), 0) >= 6 ? at + 2 : -1;
}

/**
 * `kubectl top`'s header (pods, `--containers` with its POD, nodes with their percentages, `--show-swap`): its units
 * are in lower case, so it is no line of capitals.
 */
const TOP_HEADER = /^(?:NAMESPACE +)?(?:POD +)?NAME +CPU\(cores\) +(?:CPU(?:%|\(%\)) +)?MEMORY\(bytes\)(?: +MEMORY(?:%|\(%\)))?(?: +SWAP\(bytes\)(?: +SWAP(?:%|\(%\)))?)?$/;

/**
 * How many capital letters `text` holds from `from` on, when it holds nothing else a header holds (digits,
 * spaces, `( ) - _ . / : %`: k9s prints `%CPU/R`; `…` where a book left columns out); -1 when it holds anything else.
 */
export function capitalsOnly(text: string, from: number): number {
  let letters = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) letters++;
    else if (!(c === 32 || (c >= 48 && c <= 57) || c === 40 || c === 41 || c === 45 || c === 95 || c === 46 || c === 47 || c === 58 || c === 37 || c === 0x2026)) return -1;
  }
  return letters;
}

export type LineClass =
  | { type: 'blank' }
  | { type: 'fence' }
  | { type: 'too-long' }
  | { type: 'prompt'; command: KubectlCommand | null }
  | { type: 'message'; id: MessageId }
  | { type: 'header' }
  | { type: 'text' };

/**
 * KodeKloud's `controlplane ~ ➜  k get po` and, after a failed command, `controlplane ~ ✖`; pure's and starship's
 * `Desktop ❯ k get po`; agnoster's git mark `±` before `oc get pods`.
 */
const PROMPT_MARKS = /[@$#➜✖❯±]|kubectl|C:\\/;

/** Cheap pre-check so table rows (100k of them) are not tokenized in search of a prompt. */
function mayBePrompt(text: string): boolean {
  const c = text.charCodeAt(0);
  // Prompt-ish first characters: $ # % > [ ( ~ and non-ASCII (➜, ❯, ＃, λ).
  if (c === 36 || c === 35 || c === 37 || c === 62 || c === 91 || c === 40 || c === 126 || c > 127) return true;
  // '@', '$', '#', 'kubectl' or 'C:\\' anywhere, in one native scan (every row goes through here).
  if (PROMPT_MARKS.test(text)) return true;
  // A user's short alias alone on its line (`ku get pods`): a word of a few letters, then `get`.
  const sp = text.indexOf(' ');
  if (sp > 0 && sp <= 4 && text.startsWith('get ', sp + 1)) return true;
  // A log line that brackets the command it ran at its end (`Running oc with args [oc get pods -n x]`): rows start in lower case.
  if (c >= 65 && c <= 90 && text.charCodeAt(text.length - 1) === 93) return true;
  // A drive's prompt (`D:\\dir>`): PROMPT_MARKS knows only C:'s.
  if (text.charCodeAt(1) === 58 && text.charCodeAt(2) === 92 && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return true;
  // By the first character, so a row pays for one comparison here, not a dozen.
  switch (c) {
    case 107: // k
      return text.startsWith('k ') || text.startsWith('kc ') || text.startsWith('kk ') || text.startsWith('kg') || text.startsWith('k3s ') || text.startsWith('k8s ') || text.startsWith('keadm ');
    case 111:
      return text.startsWith('oc ');
    case 117:
      return text.startsWith('ubectl ');
    case 45:
      // An arrow typed as a prompt (`-> kgpo`): no row starts with a dash.
      return text.startsWith('-> ');
    case 115:
      return text.startsWith('sudo ');
    case 104:
      return text.startsWith('helm ');
    case 119:
      return text.startsWith('watch ');
    case 80:
      return text.startsWith('PS ');
    case 109:
      return text.startsWith('microk8s') || text.startsWith('minikube');
    case 69:
      return text.startsWith('Every ');
    case 116:
      return text.startsWith('time ');
    case 101:
      return text.startsWith('env ');
    case 75:
      return text.startsWith('KUBECONFIG=') || text.startsWith('K get ') || text.startsWith('Kubectl ');
    case 46:
    case 47:
      // ./kubectl, /usr/local/bin/kubectl
      return true;
    default:
      return false;
  }
}

/**
 * Classifies one normalized line on its own (rows and prose are told apart later, against the header).
 *
 * @example
 * classifyLine('[root@m-k8s ~]# k get po -A') // { type: 'prompt', command: { tool: 'k', verb: 'get', ... } }
 */
const TRAILING_TICKS = /`+\s*$/;
const FENCE_TITLE = /\stitle=(?:"([^"]{1,400})"|'([^']{1,400})')/;
/** Pictographs and spaces a title starts with (`🖥️ `), before its command. */
const LEADING_SYMBOLS = /^[^\x21-\x7e]+/;
/** Answers without a payload are shared (and frozen): classifying 100k rows builds no objects. */
const BLANK: LineClass = Object.freeze({ type: 'blank' });
const TOO_LONG: LineClass = Object.freeze({ type: 'too-long' });
const FENCE: LineClass = Object.freeze({ type: 'fence' });
const HEADER: LineClass = Object.freeze({ type: 'header' });
export const TEXT: LineClass = Object.freeze({ type: 'text' });
/**
 * A drive, a folder path (spaces allowed, no character Windows forbids in one), then `>`: cmd.exe types the command
 * glued to it (`C:\\>curl 10.96.29.12`), PSReadLine after a space.
 */
const WINDOWS_PROMPT = /^[A-Za-z]:\\[^<>|"*?]{0,260}>/;
export const EMPTY_PROMPT: LineClass = Object.freeze({ type: 'prompt', command: null });
const MESSAGES = new Map<MessageId, LineClass>(MESSAGE_IDS.map((id) => [id, Object.freeze({ type: 'message', id })]));

function messageClass(id: MessageId): LineClass {
  return MESSAGES.get(id) ?? { type: 'message', id };
}

/** bash's and zsh's line for a finished or stopped job: its number, `+` or `-`, its state, then its command. */
const JOB_STATUS = /^\[\d{1,4}\][+-]? +(?:Done|Exit \d{1,3}|Stopped|Terminated|Killed|Running|Hangup|Aborted)(?:\(\S+\))? {2,}\S/;

/** kube-ps1's segment: `(⎈|context:namespace)`, `(⎈ |kind-kind:default)` (the helm glyph may paste as `?`); N/A means none set. */
const KUBE_PS1 = /\([⎈?] ?\|[^()\s]*:([a-z0-9](?:[-a-z0-9]*[a-z0-9])?)\)/;

/** The start of `--command`'s value when it runs kubectl. */
const INVOKED_KUBECTL = /^\s*["']?(?:kubectl|k) /;

/** Words of a sentence, never a resource, a name or a flag a verb takes. */
const PROSE_AFTER_VERB: ReadonlySet<string> = new Set(['of', 'the', 'is', 'are', 'was', 'were', 'to', 'and', 'that', 'which', 'shows', 'says', 'gives', 'returns', 'has', 'will', 'should', 'does', 'did', 'command', 'output']);

/** Eight spaces: few commands typed at a prompt hold them; a right-aligned prompt segment follows them. */
const RIGHT_PROMPT_GAP = '        ';

/** A flag, or a lower-case name or value, as typed after a command's words (never a clock: `17:58:18`). */
const TYPED_WORD = /^(?:--?[A-Za-z][-A-Za-z0-9]*(?:=\S*)?|[a-z0-9][-a-z0-9._/=,:]*)$/;
const CLOCK = /\d:\d\d/;
/** The words a prompt theme joins its right segments with (spaceship's `took 3s`, `at 10:22:33`; `on main`). */
const RIGHT_PROMPT_WORDS: ReadonlySet<string> = new Set(['at', 'on', 'took', 'via', 'in', 'with']);

/**
 * Whether what follows a wide gap on a prompt's line is more of the command, typed after stray spaces
 * (`kubectl get pods -n graphite          graphite-0 -o wide`): flags and lower-case names only, a letter among them, and
 * a flag among them or one name alone.
 * A right prompt shows a glyph (⎈ ✔ ↵ ─╯), a clock, a capital (`INT`, a date) or a theme's joining word.
 */
function typedAfterGap(rest: string): boolean {
  if (UNCLEAN.test(rest) || CLOCK.test(rest)) return false;
  const words = rest.split(' ').filter((w) => w !== '');
  if (words.length === 0 || RIGHT_PROMPT_WORDS.has(words[0] as string)) return false;
  let letter = false;
  let flag = false;
  for (const w of words) {
    if (!TYPED_WORD.test(w)) return false;
    if (!letter && /[a-z]/i.test(w)) letter = true;
    if (w.charCodeAt(0) === 45) flag = true;
  }
  // Plain words only: one name (a pod's, `service-ca-7bffb6f6bf-46276`), not a theme's words (z4h's `recovery mode`).
  return letter && (flag || (words.length === 1 && /[-0-9]/.test(words[0] as string)));
}

/**
 * Whether the last {@link classifyLine} call that answered `text` saw a prompt's marks in its line (`$`, `#`, `@`,
 * `kubectl`...): rows hardly ever hold them, so the tables stage looks for a prompt glued to a row only then.
 */
export let lastPromptMarked = false;

export function classifyLine(text: string): LineClass {
  if (text === '') return BLANK;
  if (text.length > MAX_LINE_CHARS) return TOO_LONG;
  const first = text.charCodeAt(0);
  if ((first === 96 && text.startsWith('```')) || (first === 126 && text.startsWith('~~~'))) {
    // A fence glued to the prompt it opens on ("```user@mac:dir user$ kubectl get pods -n kube-system"): the
    // command still says how the table below reads. "```bash" and "```console" stay fences.
    if (text.length > 8 && text.indexOf(' ') > 0 && (text.indexOf('kubectl') > 0 || text.indexOf('$ ') > 0 || text.indexOf('# ') > 0)) {
      const rest = classifyLine(text.slice(3));
      if (rest.type === 'prompt' && rest.command !== null) return rest;
      // The command as the block's title (VuePress, Docusaurus: ```bash title="🖥️ kubectl get pods -n x"): it printed the block.
      const title = FENCE_TITLE.exec(text);
      if (title !== null) {
        const titled = classifyLine(`$ ${(title[1] ?? title[2] ?? '').replace(LEADING_SYMBOLS, '')}`);
        if (titled.type === 'prompt' && titled.command !== null) return titled;
      }
    }
    return FENCE;
  }
  // A site generator's block tag around the output (Hugo's `{{< text shell >}}`, Jekyll's `{% endhighlight %}`): a
  // fence, so no table runs on into it (a custom-columns table takes any line for a row).
  if (first === 123 && (text.startsWith('{{<') || text.startsWith('{{%') || text.startsWith('{%')) && (text.endsWith('}}') || text.endsWith('%}'))) return FENCE;
  // Upper-case first letter: a header or a message; prompts and rows start otherwise (rows are lower case).
  if (first >= 65 && first <= 90) {
    if (isHeaderLine(text)) return HEADER;
    // `helm status` / `helm install` name the release's namespace before its resources' tables.
    if (first === 78 && text.startsWith(HELM_NAMESPACE)) {
      const helm = helmNamespace(text.slice(HELM_NAMESPACE.length));
      if (helm !== null) return { type: 'prompt', command: helm };
    }
    const m = messageId(text);
    if (m !== null) return messageClass(m);
    // The first characters messages start with otherwise: the brackets (`(snipped)`, `[...]`, `<snip>`) among them.
  } else if ((first >= 48 && first <= 57 && (text.indexOf(EXCEEDED_QUOTA) > 0 || text.indexOf(NO_SUCH_HOST) > 0 || text.indexOf(IS_FORBIDDEN) > 0)) || (first === 110 && text.startsWith(NSLOOKUP_FAILED)) || (first === 42 && text.startsWith(SERVER_CANT_FIND)) || (first === 87 && text.startsWith('WARN ') && text.indexOf(SEED_LOOKUP) > 0) || first === 101 || (first === 116 && text.startsWith(WAIT_TIMEOUT)) || first === 46 || first === 0x2026 || first === 0x3002 || first === 0x22ee || first === 58 || first === 0xfe19 || first === 40 || first === 91 || first === 60 || ((first === 100 || first === 115 || first === 112) && text.indexOf(' roll') > 0) || (first === 115 && text.endsWith(EXEC_FORMAT_ERROR)) || (first === 116 && text.startsWith(LOGRUS_TIME) && text.indexOf(DIAL_TCP) > 0)) {
    const m = messageId(text);
    if (m !== null) return messageClass(m);
  }
  // Lines ending in a past participle (or "(dry run)"): rows end in an age, an address or <none>, so few get here.
  const lastChar = text.charCodeAt(text.length - 1);
  // (An AGE like "5d" ends in a digit and a "d": only a letter before the last one goes on to the pattern.)
  const beforeLast = text.charCodeAt(text.length - 2);
  // kubectl 1.33+ says where: `deployment.apps "vote" deleted from default namespace`.
  if (first >= 97 && first <= 122 && (lastChar === 100 || lastChar === 107 || lastChar === 41 || (lastChar === 101 && text.endsWith(' namespace'))) && beforeLast >= 97 && beforeLast <= 122 && RESOURCE_CHANGE.test(text)) return messageClass('resource-changed');
  lastPromptMarked = mayBePrompt(text);
  if (!lastPromptMarked) return TEXT;
  // The shell's report that a background job ended (`[2]-  Exit 1    kubectl port-forward ...`): the command ran
  // earlier, at its own prompt; nothing it printed follows.
  if (first === 91 && JOB_STATUS.test(text)) return TEXT;
  if (first === 0x250c || first === 0x256d) {
    const k9s = k9sView(text);
    if (k9s !== null) return { type: 'prompt', command: k9s };
  }
  let line = text.length > 2000 ? text.slice(0, 2000) : text;
  // The program's title glued to the table's header, its blank line lost (`... Wed Mar 29 21:13:57 2017NAME   READY`).
  let watchTable = false;
  if (first === 69 && WATCH_HEADER.test(line)) {
    watchTable = GLUED_HEADER.test(line);
    // The program's header right-aligns the host and the time after a wide gap: the command ends there.
    const command = line.slice(line.indexOf(':') + 2);
    const gap = command.indexOf('   ');
    let shown = gap >= 0 ? command.slice(0, gap) : command.replace(WATCH_STAMP, '');
    // A command too long for the terminal's width is cut with an ellipsis (`-o wi…`): the cut word is not what ran,
    // nor the flag it was the value of. A namespace cut so (`--namespace electricilies-…`, ee/05) stays, to be said
    // as cut: no namespace is read from it, yet the rows are not the context's either.
    if (shown.endsWith('\u2026')) {
      const words = shown.split(' ');
      const flag = words[words.length - 2];
      const last = words[words.length - 1] as string;
      if (flag !== '-n' && flag !== '--namespace' && !last.startsWith('--namespace=') && !last.startsWith('-n=')) {
        words.pop();
        if (words.length > 1 && (words[words.length - 1] as string).startsWith('-')) words.pop();
      }
      shown = words.join(' ');
    }
    line = `$ ${shown}`;
  }
  // A command quoted as inline code in prose ("`kubectl -n x get pods` gives:"): the command ends at the quote.
  if (first === 96) {
    // Markdown's double backtick opens a span as one does (``` ``user@host:~$ kubectl get pods ```).
    const ticks = line.charCodeAt(1) === 96 ? 2 : 1;
    const close = line.indexOf(ticks === 2 ? '``' : '`', ticks);
    if (ticks === 2 && close < 0) line = line.slice(1);
    if (close > 0) {
      const inner = line.slice(ticks, close);
      const last = inner.charCodeAt(inner.length - 1);
      // The prompt alone as code, the command after it (`ubuntu@host:~$` kubectl get pods`): both.
      if ((last === 36 || last === 35) && line.indexOf('kubectl', close) > 0) line = `${inner} ${line.slice(close + ticks).replace(TRAILING_TICKS, '')}`;
      // A tool and a verb alone (`kubectl get` command in the first terminal...) name a command, not one that ran.
      else if (inner.indexOf(' ') > 0 && inner.indexOf(' ') === inner.lastIndexOf(' ')) return TEXT;
      else line = inner;
    }
  }
  // A sentence that ends quoting the command that printed what follows (`... when I run "kubectl -n kafka get all":`,
  // `Output of "kubectl get pods --all-namespaces"`): that command, not the words before it.
  if (first !== 34 && first !== 39) {
    const quoted = endingQuote(line);
    if (quoted !== null) line = `$ ${quoted}`;
  }
  // `az aks command invoke ... --command "kubectl get pods -n x"` runs kubectl in the cluster: that is the command.
  let invoked = line.indexOf('--command ');
  let flagEnd = invoked + 10;
  if (invoked < 0 && line.indexOf(' -c ') > 0 && line.indexOf('az ') >= 0) {
    invoked = line.indexOf(' -c ');
    flagEnd = invoked + 4;
  }
  if (invoked >= 0 && INVOKED_KUBECTL.test(line.slice(flagEnd, flagEnd + 14))) {
    let value = line.slice(flagEnd).trimStart();
    const quote = value[0];
    if (quote === '"' || quote === "'") {
      const end = value.indexOf(quote, 1);
      value = value.slice(1, end > 0 ? end : value.length);
    }
    line = `$ ${value}`;
  }
  // A right prompt (powerlevel10k's context, clock, exit status) sits after a wide gap: the command ends there.
  // It is short and alone after the gap; a table flattened onto the command's line is neither, nor a header's
  // last columns (`$ kubectl get po -A NAMESPACE   NAME          READY STATUS`).
  const right = line.indexOf(RIGHT_PROMPT_GAP, 1);
  if (right > 0) {
    const rest = line.slice(right).trim();
    if (rest.length <= 60 && rest.indexOf(RIGHT_PROMPT_GAP) < 0 && !((capitalsOnly(rest, 0) >= 6 || isHeaderLine(rest)) && line.indexOf(' NAME ') > 0) && !typedAfterGap(rest)) line = line.slice(0, right);
  }
  const words = unglue(tokens(line));
  // The frame a two-line prompt closes its first line with (`─╯`), pasted after the command.
  while (words.length > 1 && isBoxDrawing(words[words.length - 1] as string)) words.pop();
  // zarf's `✔  Completed "./zarf tools kubectl get pods -A"`: the report of a finished command, printed after its
  // output, so no prompt whose output follows.
  if ((words[0] === 'Completed' || words[1] === 'Completed') && (words[words[0] === 'Completed' ? 1 : 2] ?? '').startsWith('"')) return TEXT;
  const tool0 = findTool(words);
  // A sentence that starts with the tool and a verb (`kubectl describe of the pending pod ... has the below error`):
  // a word of prose where the resource goes.
  const found = tool0 !== null && PROSE_AFTER_VERB.has(words[tool0.at + tool0.skip + 1] ?? '') && VERBS.has(words[tool0.at + tool0.skip] ?? '') ? null : tool0;
  // kubectl's own deprecation notice names a command: "kubectl exec [POD] [COMMAND] is DEPRECATED and ...".
  if (found !== null && found.at === 0 && line.indexOf(' is DEPRECATED') > 0) return messageClass('kubectl-warning');
  if (found !== null) {
    const toolWords = words.slice(found.at, found.at + found.skip);
    const tool = toolWords.find((w) => toolName(w) !== null || LAUNCHERS.has(w)) ?? toolWords[0] ?? '';
    const name = LAUNCHERS.has(tool) ? `${tool} ${launched(tool)}` : tool;
    let args = words.slice(found.at + found.skip);
    // A command quoted in prose (`Run "kubectl get pods" with --watch to ...`) ends at its closing quote.
    const opened = line.indexOf(`"${tool}`) >= 0 ? '"' : line.indexOf(`'${tool}`) >= 0 ? "'" : line.indexOf(`\`${tool}`) >= 0 ? '`' : null;
    if (opened !== null) {
      const close = args.findIndex((w) => w.endsWith(opened));
      if (close >= 0) args = [...args.slice(0, close), (args[close] as string).slice(0, -1)].filter((w) => w !== '');
    }
    // A shell comment after the command (`kubectl get pods   # 파드 확인`) is not its arguments; nor a note's `//` one
    // (`kubectl create -f x.yaml //重新建立一個`), which no argument starts with (a URL's `//` follows its scheme).
    const comment = args.findIndex((w) => w.charCodeAt(0) === 35 || (w.charCodeAt(0) === 47 && w.charCodeAt(1) === 47));
    if (comment >= 0) args = args.slice(0, comment);
    // A sentence that starts with the command, no prompt before it (a numbered step's `kubectl get pod, got too many
    // pods with ...`): a comma glued to a word, then more words. No argument kubectl takes is so (`get pod,svc` has
    // no space after its comma).
    if (found.at === 0 && commaSentence(args)) return TEXT;
    // A caption naming the command its output follows (`kubectl get pods command result`, hunt cx/11), no prompt before
    // it: the command is the words before the caption's noun, not pods named "command" and "result".
    const caption = found.at === 0 ? captionAt(args) : -1;
    if (caption > 0) args = args.slice(0, caption);
    // A list of versions (`k8s version v1.22.17`, `kubectl version 1.28`): `version` takes no version after it.
    if (found.at === 0 && args[0] === 'version' && args.length === 2 && VERSION_WORD.test(args[1] as string)) return TEXT;
    // Korean, Japanese or Chinese after the words (`kubectl get pods는 ...`, `k get po -A 결과입니다`): the sentence
    // around a command it names goes on there (no flag value or resource name holds those letters).
    const prose = args.findIndex((w) => CJK.test(w));
    if (prose >= 0) {
      const word = args[prose] as string;
      const cut = word.search(CJK);
      args = cut > 0 ? [...args.slice(0, prose), word.slice(0, cut)] : args.slice(0, prose);
    }
    // A table pasted onto the command's line (copied from a rendered page) ends the command at its header; so does
    // `kubectl top`'s header, its line break lost (`... --all-namespaces      NAMESPACE   NAME   CPU(cores) ...`).
    let header = args.findIndex((w, k) => w === 'NAME' && ((args[k + 1] === 'READY' && args[k + 2] === 'STATUS') || args[k + 1] === 'CPU(cores)'));
    if (header > 0 && args[header - 1] === 'POD' && args[header + 1] === 'CPU(cores)') header--;
    if (header >= 0) args.length = header > 0 && args[header - 1] === 'NAMESPACE' ? header - 1 : header;
    // The header's NAMESPACE glued to the command's last word, the line break between them lost
    // (`--all-namespacesNAMESPACE NAME READY ...`, df/12): the word is the command's, the rest the header's.
    const last = header > 0 ? (args[args.length - 1] ?? '') : '';
    if (last.length > 9 && last.endsWith('NAMESPACE')) args[args.length - 1] = last.slice(0, -9);
    const expansion = name === 'kg' ? ['get'] : aliasExpansion(name);
    const command = parseCommand(expansion === null ? args : [...expansion, ...args], name);
    // As typed: the alias, not what it stands for.
    if (expansion !== null) command.text = [name, ...args].join(' ');
    command.tableOnLine = header >= 0 || watchTable;
    if (found.at > 1 && words[found.at - 1] === '--') command.launchedIn = virtualCluster(words, found.at - 1);
    else {
      const kubeconfig = toolWords.find((w) => w.startsWith(KUBECONFIG_SET) && w.length > KUBECONFIG_SET.length);
      if (kubeconfig !== undefined) command.launchedIn = `kubeconfig/${unquote(kubeconfig.slice(KUBECONFIG_SET.length))}`;
    }
    // kube-ps1 shows the context's namespace in the prompt, `(⎈|ctx:ns)`: where no -n or -A says otherwise, there.
    if (command.namespace === null && !command.allNamespaces && found.at > 0 && !command.text.includes('--context')) {
      const ps1 = kubePs1Namespace(line);
      if (ps1 !== null) command.namespace = ps1;
    }
    if (caption > 0) command.inProse = true;
    return { type: 'prompt', command };
  }
  const lead = words[0] ?? '';
  const tail = words[words.length - 1] ?? '';
  // A shell prompt running something else ("$ ssh m-k8s") or an empty prompt ("root@m-k8s:~#",
  // "[root@m-k8s ~]#", "➜  platform git:(main)").
  // A bracketed prompt has a user@host in it (`[root@m-k8s ~]#`); `[source,shell]` is an AsciiDoc attribute.
  const userAtHost = lead.indexOf('@') > 0;
  // A conda environment or kube-ps1 before it (`(base) user@host:~/dir$ helm ls -A`): the user@host after it.
  const host = lead.charCodeAt(0) === 40 && lead.endsWith(')') && words.length > 1 ? (words[1] as string) : lead;
  if (
    lead === '$' || lead === '%' || lead === 'PS' || lead === '➜' || lead === '❯' ||
    // The full-width `＃` or `＄` an IME typed, alone or glued to what ran (`＃get pods --all-namespaces`): no row or sentence starts so.
    lead.charCodeAt(0) === FULLWIDTH_HASH || lead.charCodeAt(0) === FULLWIDTH_DOLLAR ||
    (userAtHost && words.length <= 3 && endsWithPromptChar(tail)) ||
    (host.indexOf('@') > 0 && (host.endsWith('$') || host.endsWith('#'))) ||
    // A host and a prompt character and nothing after (killercoda's `controlplane $`, KodeKloud's
    // `controlplane ~ ➜`): no row ends in one.
    (words.length <= 3 && PROMPT_ENDS.has(tail) && /^[a-z0-9][-a-z0-9.]*$/.test(lead) && (words.length === 2 || words[1] === '~' || (words[1] ?? '').startsWith('~/'))) ||
    // ... or a host or an environment in parentheses, a path, then the prompt character apart, whatever runs after it
    // (`(kube-master) ~ # helm init`, `(venv) /opt/app $ ls`): the same prompt as before its `kcm get pods`.
    (host !== lead && PROMPT_ENDS.has(words[2] ?? '') && isPathWord(host)) ||
    // A user, a colon, the path and the prompt character, no host (`root:~# kgetpods 250.5 | grep -v job`, hunt cv/19):
    // whatever it runs, as `root:~# kubectl get pods` is read.
    USER_PATH_PROMPT.test(lead) ||
    // CentOS's "[root@k8s-master01 ~]# systemctl restart docker": the bracket closes on the prompt character.
    // The space after it may be lost (`[root@m1 ~]#init 0`): the bracketed user@host still says it is a prompt.
    (lead.startsWith('[') && lead.indexOf('@') > 0 && words.slice(0, 3).some((w) => w.indexOf(']#') >= 0 || w.indexOf(']$') >= 0)) ||
    // A prompt of parts whose user@host is not its first (bash-it's `06:15:10 user@host dir ±|main|→ source ~/.bashrc`):
    // it runs another program, or nothing. findTool finds kubectl after it.
    (isPromptPart(lead) && markedPromptEnd(words) > 0) ||
    // agnoster's and powerline's parts whose separators the copy dropped: user@host, a path and maybe a branch, alone
    // (`humanfirmware@darwin  ~/devops/day8   master`, hunt cm/19), as before its `kubectl get pods`.
    (words.length <= 3 && words.length > 1 && USER_AT_HOST.test(lead) && isPathWord(words[1] as string)) ||
    // ... or a path first, then parts and a prompt glyph of their own (`~/dir • main ❯❯ vi x.yaml`, hunt cm/22).
    (isPathWord(lead) && glyphPromptEnd(words)) ||
    // helm typed without a prompt, as `kubectl apply` is (`helm install ngf oci://...`): its verb after it, no sentence,
    // no READY after (a row of namespace `helm`, its pod named `test`).
    (lead === 'helm' && helmTyped(words)) ||
    // ... or after a bare `>` prompt, glued or not (`>helm repo add ...`), as `>kubectl` is read.
    (lead.charCodeAt(0) === 62 && gtHelm(words)) ||
    // ... or a `$` glued to the program as `$kubectl` is (`$helm install ...`, `$cd collector/`).
    (lead.charCodeAt(0) === 36 && dollarGlued(words)) ||
    // cmd.exe's (or PSReadLine's) drive and folder, alone or running another program (`D:\\PostgresPgAdmin>`): an
    // empty prompt ends the output above it as `PS C:\\>` does.
    (lead.charCodeAt(1) === 58 && lead.charCodeAt(2) === 92 && WINDOWS_PROMPT.test(line)) ||
    // A two-line prompt's frame, whatever runs after it: see twoLinePromptFrame.
    (lead.charCodeAt(1) === BOX_HORIZONTAL && twoLinePromptFrame(lead, words[1]))
  ) {
    return EMPTY_PROMPT;
  }
  // Prose that quotes the command it ran ("When I run `kubectl get pods -n vault` I get:"): that command.
  const quoted = line.indexOf('`', 1);
  const inTicks = quoted > 0 && first !== 96 ? quotedGet(line, quoted) : null;
  if (inTicks !== null) return inTicks;
  // ... or in double quotes ("Running \"kubectl get pods -n kube-system\" I see the following output:"); of several,
  // the last stands nearest the output ("with \"kubectl get -w po\" and \"kubectl get pods -w --show-all\" as below:").
  const dq = line.lastIndexOf('"kubectl ');
  const inQuotes = dq > 0 ? quotedGet(line, dq) : null;
  if (inQuotes !== null) return inQuotes;
  // Prose naming the command unquoted as it introduces the output ("If I run kubectl get pods --namespace=x I get:",
  // "This is the output from kubectl get all -n kube-system").
  if (line.indexOf(' kubectl ') > 0) {
    const named = proseCommand(line);
    if (named !== null) {
      const cls = classifyLine(named);
      if (cls.type === 'prompt' && cls.command !== null && cls.command.verb === 'get') {
        cls.command.inProse = true;
        return cls;
      }
    }
  }
  return TEXT;
}

/**
 * Where a prompt's user@host part is followed, a few parts on, by the part its prompt character ends
 * (`06:15:10 ide-dev@cls voting-demo ±|main|→ echo hi`: 3), every part before it a prompt's; else -1. Prose names an
 * address (`mail me@example.com > ...`) with words of prose around it, not a path or a branch and a prompt character.
 */
function markedPromptEnd(words: readonly string[]): number {
  let host = -1;
  for (let k = 0; k < words.length && k <= MAX_PROMPT_PARTS; k++) {
    const w = words[k] as string;
    if (host < 0) {
      // A label (`User:    admin@k3d-dev   <d> Describe`, k9s's header) is no prompt's part.
      if (!isPromptPart(w) || w.charCodeAt(w.length - 1) === 58) return -1;
      if (USER_AT_HOST.test(w)) host = k;
      continue;
    }
    const last = w.charCodeAt(w.length - 1);
    // Not a key in angle brackets (`<d>`, `<ctrl-d>`): a help line's.
    if (w.charCodeAt(0) !== 60 && (PROMPT_ENDS.has(w[w.length - 1] as string) || last === 0x2192)) return k;
  }
  return -1;
}
/** Glyphs only a prompt's end draws, never prose's or a table's. */
const PROMPT_GLYPHS = '❯➜➤»›❱▶►⫸';
/** Whether one of the first few words after a prompt's path is its glyph, once or repeated (`❯`, `❯❯`, `❯❯❯`). */
function glyphPromptEnd(words: readonly string[]): boolean {
  for (let k = 1; k < words.length && k <= MAX_PROMPT_PARTS; k++) {
    const w = words[k] as string;
    const c = w[0] as string;
    if (PROMPT_GLYPHS.indexOf(c) >= 0 && w === c.repeat(w.length)) return true;
  }
  return false;
}
const BOX_HORIZONTAL = 0x2500;
/** Where a two-line prompt's second line ends its frame; not `>`, with which a tree's branch may point (`└─> web-0`). */
const FRAME_PROMPT_ENDS: ReadonlySet<string> = new Set([...PROMPT_ENDS].filter((c) => c !== '>'));

/**
 * A line of a two-line prompt (oh-my-zsh's bira, Kali's, Parrot's), which runs another program or nothing: the first
 * opens with a top corner before user@host (`╭─macno@jalapeno ~  (⎈ |ctx:ns)`, `┌──(kali㉿kali)-[~]`, `┌─[user@parrot]─[~]`),
 * the second with a bottom corner and the prompt character (`╰─➤  kc ak test kube-system`, `└─$ ls`, `└──╼ $ls`). A
 * tree's branch (`└─ web-0`, `└─Container/nginx`) has no prompt character after its corner, nor a user@host.
 */
function twoLinePromptFrame(lead: string, next: string | undefined): boolean {
  const corner = lead.charCodeAt(0);
  let k = 1;
  while (k < lead.length && lead.charCodeAt(k) === BOX_HORIZONTAL) k++;
  if (corner === 0x256d || corner === 0x250c) return lead.indexOf('@', k) > k || lead.indexOf('\u327f', k) > k;
  if (corner !== 0x2570 && corner !== 0x2514) return false;
  // Parrot's `╼` closes the frame before its prompt character.
  if (lead.charCodeAt(k) === 0x257c) k++;
  if (k === lead.length) return next !== undefined && FRAME_PROMPT_ENDS.has(next[0] as string);
  return k === lead.length - 1 && FRAME_PROMPT_ENDS.has(lead[k] as string);
}

/** `~`, `~/dir`, `/etc`: where a prompt says the shell is. */
function isPathWord(word: string): boolean {
  return word === '~' || word.startsWith('~/') || (word.length > 1 && word.charCodeAt(0) === 47 && word.charCodeAt(1) !== 47);
}
/** The parts a prompt shows before its prompt character, at most (a time, user@host, path, branch). */
const MAX_PROMPT_PARTS = 5;
const USER_AT_HOST = /^[\w.-]+@[\w.-]+(?::\S*)?$/;
/** `root:~#`, `app:/srv$`: a PS1 of the user and the path (`\\u:\\w\\$`), no host; not a URL's `scheme://`. */
const USER_PATH_PROMPT = /^[a-z_][\w.-]{0,31}:(?:~|\/(?!\/))\S*[#$]$/;
const READY_CELL = /^\d+\/\d+$/;
/** A version number as prose writes it after `version`: `v1.22.17`, `1.28`. */
const VERSION_WORD = /^v?\d{1,3}\.\d{1,4}(?:\.\d{1,4})?(?:[-+][0-9A-Za-z.-]{1,40})?$/;

/** Whether `words` are `>helm <verb> ...` or `> helm <verb> ...`: helm run at a bare `>` prompt. */
function gtHelm(words: readonly string[]): boolean {
  const lead = words[0] as string;
  const rest = lead === '>' ? words.slice(1) : lead.startsWith('>helm') ? [lead.slice(1), ...words.slice(1)] : null;
  return rest !== null && rest[0] === 'helm' && HELM_VERBS.has(rest[1] ?? '') && rest.length > 2 && !READY_CELL.test(rest[2] as string) && !commaSentence(rest);
}
/**
 * A `$` prompt glued to the program it runs (`$helm install x chart`, `$cd collector/`): helm as {@link gtHelm} reads
 * it, `cd` with its one directory, a few shell programs with arguments. Not a shell variable (`$HOME is set`, `$ns = ...`).
 */
function dollarGlued(words: readonly string[]): boolean {
  const program = (words[0] as string).slice(1);
  if (program === 'helm') return HELM_VERBS.has(words[1] ?? '') && words.length > 2 && !READY_CELL.test(words[2] as string) && !commaSentence(words);
  if (program === 'cd') return words.length === 2;
  return GLUED_PROGRAMS.has(program) && words.length > 1 && words[1] !== '=' && !commaSentence(words);
}
/** Programs a `$` glued to them still marks as typed at a prompt (see dollarGlued). */
const GLUED_PROGRAMS: ReadonlySet<string> = new Set(['sudo', 'ssh', 'ls', 'cat', 'export', 'minikube', 'kind', 'k3d', 'docker', 'git', 'curl', 'systemctl', 'journalctl', 'crictl', 'kubeadm']);
/** helm's global flags that take a value, typed before its command (`helm -n skas-system upgrade ...`). */
const HELM_VALUE_FLAGS: ReadonlySet<string> = new Set(['-n', '--namespace', '--kube-context', '--kubeconfig']);

/**
 * Whether `words` (`helm` first) are helm typed without a prompt: its command, maybe after its global flags (`helm -n
 * x upgrade ...`), then an argument that is no READY (a row of namespace `helm`, its pod named `test`), no sentence.
 */
function helmTyped(words: readonly string[]): boolean {
  let k = 1;
  while (k < words.length && k < 6) {
    const w = words[k] as string;
    if (HELM_VALUE_FLAGS.has(w)) k += 2;
    else if (w.startsWith('--') && w.indexOf('=') > 2) k++;
    else break;
  }
  return HELM_VERBS.has(words[k] ?? '') && words.length > k + 1 && !READY_CELL.test(words[k + 1] as string) && !commaSentence(words);
}
/** helm's commands (`helm install`, `helm repo add`): a bare line starting with one ran helm. */
const HELM_VERBS: ReadonlySet<string> = new Set(['install', 'upgrade', 'uninstall', 'delete', 'pull', 'fetch', 'push', 'repo', 'list', 'ls', 'status', 'template', 'dependency', 'dep', 'get', 'history', 'rollback', 'search', 'show', 'inspect', 'version', 'plugin', 'package', 'lint', 'test', 'env', 'registry', 'create', 'verify']);

/**
 * Whether a word of `args` but the last is a plain word with a comma glued after it and a lower-case word follows
 * (`pod,` then `got`): a sentence's. A set-based selector's `(production, qa)` is no plain word.
 */
/** Nouns a caption names a command's output with (`kubectl get pods command result`, `... output`). */
const CAPTION_NOUNS: ReadonlySet<string> = new Set(['command', 'result', 'results', 'output', 'outputs']);

/** A word of a sentence: letters only, a period or colon at most after them (never a flag, a name with a digit or dash). */
const CAPTION_WORD = /^[A-Za-z]+[.:]?$/;

/**
 * Where a caption starts in a command's words (`get pods command result`): a caption noun after the verb and the
 * resource, with only plain words from there to the end. A flag or a name (`output -f`, `result-7d9f`) keeps it a command.
 */
function captionAt(args: readonly string[]): number {
  for (let k = 2; k < args.length; k++) {
    const w = args[k] as string;
    if (!CAPTION_NOUNS.has(w.replace(/[.:]$/, '')) || VALUE_FLAGS.has(args[k - 1] as string)) continue;
    for (let j = k; j < args.length; j++) if (!CAPTION_WORD.test(args[j] as string)) return -1;
    return k;
  }
  return -1;
}

function commaSentence(args: readonly string[]): boolean {
  for (let k = 0; k + 1 < args.length; k++) {
    const w = args[k] as string;
    const next = (args[k + 1] as string).charCodeAt(0);
    if (w.length > 1 && w.charCodeAt(w.length - 1) === 44 && next >= 97 && next <= 122 && PLAIN_WORD.test(w)) return true;
  }
  return false;
}
const PLAIN_WORD = /^[A-Za-z0-9][A-Za-z0-9./-]*,$/;

/** The `get` a sentence quotes from the mark at `open` (a backtick or a double quote) to the next same mark; else null. */
function quotedGet(line: string, open: number): LineClass | null {
  const close = line.indexOf(line[open] as string, open + 1);
  const inner = close > open ? line.slice(open + 1, close) : '';
  if (!QUOTED_GET.test(inner)) return null;
  const cls = classifyLine(inner);
  return cls.type === 'prompt' && cls.command !== null && cls.command.verb === 'get' ? cls : null;
}

/**
 * Whether a line names its command quoted inside a sentence that goes on around it (``Kurulumun ardından `kubectl get
 * pods` ile podların durumunu görebiliriz.``): words before the opening backtick or double quote, none of a prompt's
 * marks among them, and words after the closing one. Such a line names a command; whether that command printed what
 * follows, only the lines after it can say (a prompt of its own before the output: it did not).
 *
 * @example
 * quotedInProse('When I run `kubectl get pods -n vault` I get:') // true
 * quotedInProse('ssh m1 "kubectl get pods -A"') // false
 */
export function quotedInProse(text: string): boolean {
  if (text.length > 2000) return false;
  const tick = text.indexOf('`');
  const dq = text.indexOf('"');
  const open = tick < 0 ? dq : dq < 0 ? tick : Math.min(tick, dq);
  if (open < 0) return false;
  const close = text.indexOf(text[open] as string, open + 1);
  if (close < 0 || !QUOTED_TOOL.test(text.slice(open + 1, close))) return false;
  const after = text.slice(close + 1);
  // A sentence may open with the command (Japanese notes' `kubectl get pods`コマンドを使用して..., a Chinese list
  // item's two commands and 两个命令...): words of prose after it then, not more of the command (-n x, | grep web).
  if (open === 0) return PROSE_WORD.test(after) && !MORE_COMMAND.test(after);
  const before = text.slice(0, open);
  if (!PROSE_WORD.test(before) || PROMPT_IN_PROSE.test(commentedSentence(before) ? before.slice(2) : before)) return false;
  // A sentence may end with the command ("... after verifying it with `kubectl get pods -n parca`", hunt bt/01): words
  // of a sentence before it (three at least; a label's `Output of` has fewer), nothing but its full stop after.
  return PROSE_WORD.test(after) || (SENTENCE_END.test(after) && (before.match(PROSE_WORDS) ?? []).length >= 3);
}
/**
 * Whether a line is a shell comment holding a sentence (`# Even with this error message, ...`, hunt ck/10): a root
 * prompt's `# ` runs a program, named in lower case, not a capitalised word.
 */
function commentedSentence(text: string): boolean {
  const c = text.charCodeAt(2);
  return text.startsWith('# ') && c >= 65 && c <= 90;
}
const SENTENCE_END = /^[.!?:]?\s*$/;
const PROSE_WORDS = /\p{L}\p{L}+/gu;
const QUOTED_TOOL = /^(?:kubectl|k|kc|oc) /;
/** A word of prose: two letters of any script. */
const PROSE_WORD = /\p{L}\p{L}/u;
const PROMPT_IN_PROSE = /[$#@❯➜]/;
/** A command's flags, pipe or redirection after its closing quote. */
const MORE_COMMAND = /^\s*[-|>&;]/;

/** A prompt's last mark, alone or glued to the word before it (`v1.22.11+k3s1$`). */
const GLUED_PROMPT_ENDS = '$#%';

/**
 * Where a prompt the paste glued onto a line starts (`web-0   1/1   Running   0   5d$ kubectl get po -A`: a page that
 * lost the line break after a table's last row): the offset of its mark; -1 when no prompt mark stands right before a
 * kubectl command after three words at least (a prompt's own parts are fewer, or hold no row).
 *
 * @example
 * gluedPromptAt('n1   Ready   <none>   3m56s   v1.22.11+k3s1$ kubectl get po -A') // 43
 */
export function gluedPromptAt(text: string): number {
  if (text.length > 4000) return -1;
  const starts: number[] = [];
  const words = tokens(text, starts);
  for (let k = 2; k + 1 < words.length && k < 40; k++) {
    const w = words[k] as string;
    if (GLUED_PROMPT_ENDS.indexOf(w[w.length - 1] as string) < 0 && !PROMPT_ENDS.has(w)) continue;
    const at = (starts[k] as number) + w.length - 1;
    const rest = classifyLine(`$ ${text.slice(starts[k + 1] as number)}`);
    if (rest.type === 'prompt' && rest.command !== null) return w.length === 1 ? (starts[k] as number) : at;
  }
  return -1;
}

/**
 * The namespace kube-ps1 shows on a line (`(⎈ |do-ams3-cluster:kube-system)`), for a two-line prompt whose command is on
 * the line under it; null when the line shows none.
 */
export function kubePs1Namespace(text: string): string | null {
  if (text.indexOf('|') < 0) return null;
  return KUBE_PS1.exec(text.slice(0, 400))?.[1] ?? null;
}

/** `vcluster connect <name> ... --` before word `end`: the virtual cluster the command after it runs in, else null. */
function virtualCluster(words: readonly string[], end: number): string | null {
  for (let k = 0; k + 2 < end; k++) {
    if (words[k] !== 'vcluster' || words[k + 1] !== 'connect') continue;
    const name = words[k + 2] as string;
    return name.startsWith('-') ? null : `vcluster/${name}`;
  }
  return null;
}

/** OpenShift's client, however it was called (`oc`, `./oc`, `/usr/local/bin/oc`, `oc.exe`). */
export function isOcTool(tool: string): boolean {
  return tool === 'oc' || tool.endsWith('/oc') || tool === 'oc.exe';
}

/** Punctuation a sentence puts after a word: `,` `;` `.` `)` or a closing backtick or double quote. */
const CLAUSE_END = /[,;.)`"]+$/;

/**
 * The `kubectl get` a sentence names without quotes, as a prompt line (`$ kubectl get pods -n x`): from the word
 * `kubectl` through the flags and the one resource after `get`, up to the first other word where the sentence ends
 * in a colon ("... --namespace=x I get:"), or to its end. Null when the sentence names no `get` of pods.
 *
 * @example
 * proseCommand('If I run kubectl get pods --namespace=monitoring I get:') // '$ kubectl get pods --namespace=monitoring'
 */
export function proseCommand(line: string): string | null {
  const at = line.indexOf(' kubectl ');
  if (at < 0 || line.length > 400) return null;
  // Either the sentence ends in a colon, introducing what follows, or the command ends the sentence.
  const colon = line.charCodeAt(line.length - 1) === 58;
  const words = line.slice(at + 1, colon ? line.length - 1 : line.length).split(' ').filter((w) => w !== '');
  const kept = ['kubectl'];
  let get = false;
  let resource = false;
  for (let k = 1; k < words.length; k++) {
    // Punctuation glued to a word ends the command's clause there: "kubectl get pod --all-namespaces, and here is".
    const raw = words[k] as string;
    const w = raw.replace(CLAUSE_END, '');
    if (w !== raw) words.length = k + 1;
    if (w.startsWith('-') && w.length > 1) {
      kept.push(w);
      if (VALUE_FLAGS.has(w) && k + 1 < words.length) kept.push((words[++k] as string).replace(CLAUSE_END, ''));
    } else if (!get && w === 'get') {
      get = true;
      kept.push(w);
    } else if (get && !resource) {
      resource = true;
      kept.push(w);
    } else if (colon) break;
    else return null;
  }
  return get && resource && POD_RESOURCES.has(kept[kept.indexOf('get') + 1]?.split(/[/,]/)[0] ?? '') ? `$ ${kept.join(' ')}` : null;
}

/** k9s's box title: `┌──── Pods(all)[17] ────┐`, `╭─ Deployments(argocd)[6] ─╮` (the view, its namespace, its count). */
const K9S_TITLE = /^[┌╭]─+ ([A-Z][A-Za-z]*)\(([^()\s]*)\)\[[\d/]+\]/;

/**
 * The command a k9s screen stands for, from its box title: `Pods(all)` lists every namespace's pods, `Pods(shop)`
 * one namespace's. k9s shows IP and NODE as `-o wide` does, and a screen shows what fits on it (a filter or the
 * terminal's height may hide pods), so it reads as a wide, filtered listing.
 *
 * @example
 * k9sView('┌── Pods(kube-system)[9] ──┐')?.namespace // 'kube-system'
 */
function k9sView(text: string): KubectlCommand | null {
  const m = K9S_TITLE.exec(text.slice(0, 400));
  if (m === null) return null;
  // A view inside one object names it after its namespace: `Containers(argocd/argocd-repo-server-5457fff8c9-knr2s)`.
  const ns = (m[2] as string).split('/')[0] as string;
  return partialListing('k9s', (m[1] as string).toLowerCase(), ns === 'all' || ns === '' ? null : ns, m[0].slice(m[0].indexOf(' ') + 1));
}

/**
 * A listing another program's screen or output stands for: `get <resource>` in a namespace (all when null), with
 * whatever columns it prints (so never "edited"), and maybe not all of them (a screen's height, a release's pods).
 */
function partialListing(tool: string, resource: string, namespace: string | null, text: string): KubectlCommand {
  const command = parseCommand(['get', resource, ...(namespace === null ? ['-A'] : ['-n', namespace])], tool);
  command.wide = true;
  command.filtered = true;
  command.text = text;
  return command;
}

const HELM_NAMESPACE = 'NAMESPACE: ';

/**
 * The listing helm's `NAMESPACE: <ns>` line stands for: the release's resources below it (`==> v1/Pod(related)`)
 * are in that namespace, and are only the release's pods, with whatever columns helm prints.
 *
 * @example
 * helmNamespace('oketest')?.namespace // 'oketest'
 */
function helmNamespace(ns: string): KubectlCommand | null {
  if (!/^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/.test(ns)) return null;
  return partialListing('helm', 'pods', ns, `${HELM_NAMESPACE}${ns}`);
}

/** A `get` of kubectl (or an alias) quoted in prose. */
const QUOTED_GET = /^(?:kubectl|k|kc|oc) (?:.* )?get /;
