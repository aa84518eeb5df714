import { reswap } from './example';
import type { ReviewExample } from './types';

/** A reviewer's decision on one example; an example without one is unreviewed. */
export interface ReviewDecision {
  status: 'accepted' | 'rejected';
  /** A rejection reason such as "trivial" or "duplicate", or null. */
  reason: string | null;
  note: string;
  /** A pair chosen in review instead of the seeded one, and how it was chosen. */
  swap: [string, string] | null;
  swapChosenBy: 'reroll' | 'hand' | null;
}

export type ReviewStatus = ReviewDecision['status'] | 'unreviewed';

/** The review fields written with each exported example. */
export interface ReviewRecord {
  status: ReviewStatus;
  reason: string | null;
  note: string;
  swap_chosen_by: 'seed' | 'reroll' | 'hand';
}

/** Apply a decision's pair, if it has one, and return the example with its review record. */
export function applyDecision(
  example: ReviewExample,
  decision: ReviewDecision | undefined,
): { example: ReviewExample; review: ReviewRecord } {
  const swapped = decision?.swap ? reswap(example, decision.swap) : example;
  return {
    example: swapped,
    review: {
      status: decision?.status ?? 'unreviewed',
      reason: decision?.reason ?? null,
      note: decision?.note ?? '',
      swap_chosen_by: decision?.swap ? (decision.swapChosenBy ?? 'hand') : 'seed',
    },
  };
}
