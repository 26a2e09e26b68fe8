/**
 * The characters Kubernetes' name generator writes (k8s.io/apimachinery's rand.String, used for generateName suffixes and
 * pod-template hashes): consonants and digits with no vowel, no 0, 1 or 3, so a random part never spells a word.
 *
 * Why a module of its own: owner shapes, the knowledge base's name rules and the share-link masking all ask the same
 * question, and the knowledge base cannot import the owner stage (which imports it).
 *
 * Shared by server, browser and CLI: no DOM, no Node API.
 */
export const ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

const IN_ALPHABET: boolean[] = [];
for (let i = 0; i < 128; i++) IN_ALPHABET.push(ALPHABET.includes(String.fromCharCode(i)));

/** Whether the character code `c` is one the generator writes. */
export function inAlphabet(c: number): boolean {
  return c < 128 && IN_ALPHABET[c] === true;
}

/**
 * Whether `s.slice(from, to)` is all generator characters (true for an empty range).
 *
 * @example
 * allInAlphabet('web-x2k9q', 4) // true
 */
export function allInAlphabet(s: string, from = 0, to = s.length): boolean {
  for (let i = from; i < to; i++) if (!inAlphabet(s.charCodeAt(i))) return false;
  return true;
}
