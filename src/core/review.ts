import { reswap } from './example';
import type { ReviewExample } from './types';

/** An example's review status. */
export type ReviewStatus = 'unreviewed' | 'accepted' | 'rejected';

/**
 * A reviewer's decision on one example; an example without one is
 * unreviewed. An unreviewed decision can still carry a chosen pair.
 */
export interface ReviewDecision {
  status: ReviewStatus;
  /** A rejection reason such as "trivial" or "duplicate", or null. */
  reason: string | null;
  note: string;
  /** A pair chosen in review instead of the seeded one, and how it was chosen. */
  swap: [string, string] | null;
  swapChosenBy: 'reroll' | 'hand' | null;
}


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

/**
 * Apply each example's decision and keep those that go into the dataset:
 * every example not rejected, or with `acceptedOnly` the accepted ones.
 */
export function exportedExamples(
  examples: ReviewExample[],
  decisions: Record<string, ReviewDecision>,
  acceptedOnly: boolean,
): ReviewExample[] {
  const exported: ReviewExample[] = [];
  for (const original of examples) {
    const { example, review } = applyDecision(original, decisions[original.id]);
    if (isExported(review.status, acceptedOnly)) exported.push(example);
  }
  return exported;
}

/** Return whether an example with this status goes into the dataset. */
export function isExported(status: ReviewStatus, acceptedOnly: boolean): boolean {
  return acceptedOnly ? status === 'accepted' : status !== 'rejected';
}
