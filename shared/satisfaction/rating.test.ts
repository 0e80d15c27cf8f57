import { describe, expect, it } from 'vitest';
import { addRating, mergeRatings, noRatings, summarizeRatings } from './rating';

describe('satisfaction figures', () => {
  it('says how many rated out of how many served, the mean score and the share satisfied', () => {
    const counts = noRatings();
    for (const score of [5, 5, 4, 3, 1] as const) addRating(counts, score);
    expect(summarizeRatings(counts, 20)).toEqual({
      rated: 5,
      served: 20,
      counts: [1, 0, 1, 1, 2],
      average: 3.6,
      satisfiedShare: 0.6,
      ratedShare: 0.25,
    });
  });

  it('has no mean or share without a rating, and no rated share without a visit served', () => {
    expect(summarizeRatings(noRatings(), 0)).toMatchObject({
      average: null,
      satisfiedShare: null,
      ratedShare: null,
    });
  });

  it('adds up stored days face by face', () => {
    const into = noRatings();
    mergeRatings(into, [1, 2, 3, 4, 5]);
    mergeRatings(into, [0, 0, 0, 0, 1]);
    expect(into).toEqual([1, 2, 3, 4, 6]);
  });
});
