// A "Copy" button for one command; screen readers hear which command it copies.
import type { Tr } from './shared.ts';

export default function CopyButton({ command, t, onCopy }: { command: string; t: Tr; onCopy: (command: string) => void }) {
  return (
    <button type="button" onClick={() => onCopy(command)}>
      {t('explain.copy')}
      <span class="sr-only">: {command}</span>
    </button>
  );
}
