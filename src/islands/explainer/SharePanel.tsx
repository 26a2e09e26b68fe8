// The share panel: the redact switch, the share note, and the copy-link and copy-Markdown buttons.
import { hasPodTable, redact, type Lang, type Model } from '../../kubectl/index.ts';
import { copyMarkdown, encodeShareFragment } from '../../explainer/view.ts';
import { SHARE_MAX_CHARS } from '../explain-protocol.ts';
import { copyText, type Tr } from './shared.ts';

interface Props {
  text: string;
  model: Model | null;
  lang: Lang;
  t: Tr;
  redactOn: boolean;
  setRedactOn: (on: boolean) => void;
  /** Why the paste is not in the link ('' when it is). */
  shareNote: string;
  say: (msg: string) => void;
}

export default function SharePanel({ text, model, lang, t, redactOn, setRedactOn, shareNote, say }: Props) {
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

  return (
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
  );
}
