/**
 * Messages between the explainer island and its worker (src/islands/explain.worker.ts).
 * Types and constants only: imported by both sides.
 */
import type { Model } from '../kubectl/index.ts';

/** A paste longer than twice this many lines gets a first answer for its first lines. */
export const PARTIAL_LINES = 1000;
/** Longer pastes are not carried in a share link (browsers cap URLs near 2 MB; lz-string slows down). */
export const SHARE_MAX_CHARS = 1_000_000;

export type WorkerRequest =
  | { type: 'explain'; id: number; text: string }
  | { type: 'share'; id: number; text: string; redact: boolean };

export type WorkerResponse =
  | { type: 'model'; id: number; partial: boolean; lines: number; model: Model }
  | { type: 'share'; id: number; fragment: string | null; size: number };
