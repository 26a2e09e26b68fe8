// Types, the translation hook and small helpers shared by the explainer island's pieces.
import { useCallback } from 'preact/hooks';
import type { Lang, Model, Severity } from '../../kubectl/index.ts';
import { uiText, type UiKey } from '../../i18n/ui.ts';

/** The site's base path, for links to the guide pages. */
export const BASE = import.meta.env.BASE_URL;

export interface Result {
  model: Model;
  /** The text the model was read from (the textarea may have moved on). */
  text: string;
  partial: boolean;
  lines: number;
}

export type Tr = (key: string, vars?: Record<string, string | number>) => string;

/** The table's filter controls (the finding's line filter is kept apart). */
export interface Filters {
  namespace: string;
  node: string;
  severity: Severity | '';
  text: string;
}

/** A fresh, empty set of filters. */
export const noFilters = (): Filters => ({ namespace: '', node: '', severity: '', text: '' });

export function useT(lang: Lang): Tr {
  return useCallback((key: string, vars: Record<string, string | number> = {}) => uiText(lang, key as UiKey, vars), [lang]);
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
