/**
 * One tap after a visit: five labelled faces, 1 = 매우 불만족 … 5 = 매우 만족, the five-point scale
 * of the 고객만족도 surveys the seeds promise to publish (003, 004).
 */
export const ratingScores = [1, 2, 3, 4, 5] as const;
export type RatingScore = (typeof ratingScores)[number];

/** How many visits got each score: index 0 holds the 1s, index 4 the 5s. */
export type RatingCounts = [number, number, number, number, number];

export function noRatings(): RatingCounts {
  return [0, 0, 0, 0, 0];
}

/** A desk-facing tablet offers the faces for this long after the desk finishes a visit. */
export const DESK_RATING_WINDOW_MS = 10 * 60 * 1000;

export type SatisfactionSummary = {
  rated: number;
  /** Visits served: what 목포시 and 밀양시 report the rated visits out of. */
  served: number;
  counts: RatingCounts;
  /** The mean score out of 5; null without a rating. */
  average: number | null;
  /** Share of ratings that were 4 or 5 (만족 + 매우 만족); null without a rating. */
  satisfiedShare: number | null;
  /** rated / served; null when nobody was served. */
  ratedShare: number | null;
};

export function summarizeRatings(counts: RatingCounts, served: number): SatisfactionSummary {
  const rated = counts.reduce((a, b) => a + b, 0);
  const sum = counts.reduce((total, n, index) => total + n * (index + 1), 0);
  return {
    rated,
    served,
    counts: [...counts],
    average: rated ? sum / rated : null,
    satisfiedShare: rated ? (counts[3] + counts[4]) / rated : null,
    ratedShare: served ? rated / served : null,
  };
}

export function addRating(counts: RatingCounts, score: RatingScore): void {
  counts[score - 1] = (counts[score - 1] ?? 0) + 1;
}

export function mergeRatings(into: RatingCounts, from: readonly number[]): void {
  into.forEach((n, i) => {
    into[i] = n + (from[i] ?? 0);
  });
}
