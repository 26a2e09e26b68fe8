// Hook that reads a paste in a Web Worker (explain.worker.ts), falling back to the main thread.
import { useCallback, useEffect, useRef } from 'preact/hooks';
import { explain } from '../../kubectl/index.ts';
import type { WorkerRequest, WorkerResponse } from '../explain-protocol.ts';
import type { Result } from './shared.ts';

/** Runs the core in a worker; falls back to the main thread where workers are unavailable. */
export function useParser(onResult: (r: Result) => void) {
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
      const w = new Worker(new URL('../explain.worker.ts', import.meta.url), { type: 'module' });
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
