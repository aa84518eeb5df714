import { hashText, seededRandom } from '../core/hash';
import type { ReviewDecision, ReviewStatus } from '../core/review';
import { DEFAULT_SELECTION, type SelectionSettings } from '../core/select';
import { DEFAULT_OPTIONS, type BuildOptions, type ReviewExample } from '../core/types';

/**
 * A reviewer's work on one example: the decision, a note and a pair chosen in
 * review. Unlike the core's ReviewDecision it can be unreviewed, because a
 * note or a new pair may come before the decision.
 */
export interface ReviewEntry {
  status: ReviewStatus;
  /** A rejection reason from REJECTION_REASONS, or null. */
  reason: string | null;
  note: string;
  /** A pair chosen in review instead of the seeded one. */
  swap: [string, string] | null;
  swapChosenBy: 'reroll' | 'hand' | null;
}

/** Entry of an example without a decision, note or chosen pair. */
export const EMPTY_ENTRY: ReviewEntry = { status: 'unreviewed', reason: null, note: '', swap: null, swapChosenBy: null };

/** The one-key rejection reasons, in the order of their digit keys 1 to 5. */
export const REJECTION_REASONS = ['trivial', 'duplicate', 'generated code', 'swap looks wrong', 'licence'] as const;

/** Settings of the page: how examples are built, selected and exported. */
export interface PageSettings {
  options: BuildOptions;
  selection: SelectionSettings;
  /** Export accepted examples only, instead of every example not rejected. */
  acceptedOnly: boolean;
}

export const DEFAULT_SETTINGS: PageSettings = { options: DEFAULT_OPTIONS, selection: DEFAULT_SELECTION, acceptedOnly: false };

/** Returns true when an entry contains no decision, note or chosen pair. */
export function isEmptyEntry(entry: ReviewEntry): boolean {
  return entry.status === 'unreviewed' && entry.note === '' && entry.swap === null;
}

/**
 * Identify the pairs an entry's decision was made on. Decisions are kept per
 * mode and seed: another seed gives examples other pairs, and an accepted
 * pair must not silently become another one.
 */
export function pairingOf(options: BuildOptions): string {
  return `${options.mode}:${options.seed}`;
}

/** Returns the pair an example shows: the one chosen in review, or the seeded one. */
export function effectiveSwap(example: ReviewExample, entry: ReviewEntry | undefined): [string, string] {
  return entry?.swap ?? example.swap;
}

/** Returns a key for a pair that does not depend on the order of its names. */
export function pairKey(swap: readonly [string, string]): string {
  return swap[0] < swap[1] ? `${swap[0]} ↔ ${swap[1]}` : `${swap[1]} ↔ ${swap[0]}`;
}

/**
 * Return the pair that follows `current` in a fixed shuffle of every pair of
 * the example's allowed names, or null when there is no other pair. The
 * shuffle is seeded by the example's id, so pressing re-roll again and again
 * visits every pair once before coming back.
 */
export function nextRerollPair(example: ReviewExample, current: readonly [string, string]): [string, string] | null {
  const names = Object.keys(example.candidates).sort();
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) pairs.push([names[i], names[j]]);
  }
  if (pairs.length < 2) return null;

  const random = seededRandom(parseInt(hashText(`reroll\u0000${example.id}`).slice(0, 8), 16));
  for (let i = pairs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pairs[i], pairs[j]] = [pairs[j], pairs[i]];
  }
  const key = pairKey(current);
  const position = pairs.findIndex((pair) => pairKey(pair) === key);
  return pairs[(position + 1) % pairs.length];
}

/** Convert entries to the core's decisions for an export; an unreviewed entry keeps its chosen pair. */
export function toExportDecisions(entries: Record<string, ReviewEntry>): Record<string, ReviewDecision> {
  const decisions: Record<string, ReviewDecision> = {};
  for (const [id, entry] of Object.entries(entries)) {
    decisions[id] = {
      status: entry.status,
      reason: entry.reason,
      note: entry.note,
      swap: entry.swap,
      swapChosenBy: entry.swapChosenBy,
    };
  }
  return decisions;
}
