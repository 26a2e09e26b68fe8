/**
 * The explainer's Web Worker: reads a paste with the core and builds its share fragment off the main
 * thread, so a 100,000-row paste never freezes the page. For a long paste it first answers with the model of
 * its first lines (`partial`), so a first table appears while the rest is read.
 *
 * Browser only (a dedicated module worker, bundled by Vite from `new URL('./explain.worker.ts', import.meta.url)`).
 */
import { explain, redact } from '../kubectl/index.ts';
import { encodeShareFragment } from '../explainer/view.ts';
import type { WorkerRequest, WorkerResponse } from './explain-protocol.ts';
import { PARTIAL_LINES, SHARE_MAX_CHARS } from './explain-protocol.ts';

const post = (m: WorkerResponse) => (self as unknown as { postMessage: (m: WorkerResponse) => void }).postMessage(m);

/** Index just after the n-th newline, or -1 when the text has fewer lines. */
function cutAfterLines(text: string, n: number): number {
  let i = -1;
  for (let k = 0; k < n; k++) {
    i = text.indexOf('\n', i + 1);
    if (i < 0) return -1;
  }
  return i + 1;
}

self.addEventListener('message', (e: MessageEvent<WorkerRequest>) => {
  const req = e.data;
  if (req.type === 'explain') {
    const cut = cutAfterLines(req.text, PARTIAL_LINES * 2);
    if (cut > 0) {
      const head = req.text.slice(0, cutAfterLines(req.text, PARTIAL_LINES));
      post({ type: 'model', id: req.id, partial: true, lines: PARTIAL_LINES, model: explain(head) });
    }
    // A newer paste does not wait for this one: the island terminates a busy worker and starts another.
    post({ type: 'model', id: req.id, partial: false, lines: 0, model: explain(req.text) });
  } else {
    const text = req.redact ? redact(req.text) : req.text;
    if (text.length > SHARE_MAX_CHARS) post({ type: 'share', id: req.id, fragment: null, size: text.length });
    else post({ type: 'share', id: req.id, fragment: encodeShareFragment(text), size: text.length });
  }
});
