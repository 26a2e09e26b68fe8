// The explainer's input: the paste textarea, file drop, and the sample and clear buttons.
import type { JSX, RefObject } from 'preact';
import { isTextFile } from '../../explainer/view.ts';
import type { Tr } from './shared.ts';

/** The three samples the buttons load, fetched only when asked for. */
const SAMPLES = import.meta.glob<string>('../../../content/samples/{seed-lab,eks-cluster-in-trouble,big-cluster-200}.txt', {
  query: '?raw',
  import: 'default',
});
const SAMPLE_NAMES = ['seed-lab', 'eks-cluster-in-trouble', 'big-cluster-200'] as const;

const ids = { input: 'explain-input', hint: 'explain-hint' };

interface Props {
  t: Tr;
  textarea: RefObject<HTMLTextAreaElement>;
  /** The current paste (the clear button is off when it is empty). */
  text: string;
  /** The reader typed. */
  onText: (value: string) => void;
  /** Puts a whole new paste in (file, sample, clear): read at once, without the debounce. */
  load: (value: string) => void;
  say: (msg: string) => void;
}

export default function ExplainerInput({ t, textarea, text, onText, load, say }: Props) {
  const onInput = (e: JSX.TargetedEvent<HTMLTextAreaElement, Event>) => onText(e.currentTarget.value);

  const onDrop = (e: JSX.TargetedDragEvent<HTMLTextAreaElement>) => {
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    if (!isTextFile(file.type, file.name)) {
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
    const loader = SAMPLES[`../../../content/samples/${name}.txt`];
    if (loader) load(await loader());
  };

  return (
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
  );
}
