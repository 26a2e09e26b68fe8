// Hook that keeps the share link (the paste, maybe redacted) in the URL fragment, debounced.
import { useEffect, useState } from 'preact/hooks';
import { redact, type Lang } from '../../kubectl/index.ts';
import { encodeShareFragment } from '../../explainer/view.ts';
import { SHARE_MAX_CHARS } from '../explain-protocol.ts';
import type { Tr } from './shared.ts';

const SHARE_DEBOUNCE_MS = 400;

/** Keeps the share link in the URL (debounced); masked when `redactOn`. Returns the note to show, if any. */
export function useShareFragment(text: string, redactOn: boolean, lang: Lang, t: Tr): string {
  const [shareNote, setShareNote] = useState('');
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
  return shareNote;
}
