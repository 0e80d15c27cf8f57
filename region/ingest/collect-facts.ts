import type {
  FeedEvent,
  RegionCase,
  RegionCharter,
  RegionCompensation,
  RegionEscort,
  RegionRating,
  RegionTicket,
} from '../../shared/contract/region-feed';

export type PageFacts = {
  /** Each ticket's last state in the page. */
  tickets: RegionTicket[];
  /** Escort requests in the order they were made. */
  escorts: RegionEscort[];
  /** Each compensation's last state in the page. */
  compensations: RegionCompensation[];
  departments: { id: number; nameKo: string; nameEn: string }[];
  charter: { charter: RegionCharter; at: number } | null;
  /** Each case's last state in the page. */
  cases: RegionCase[];
  /** Ratings in the order they were given (a visit is rated once). */
  ratings: RegionRating[];
  purgedThrough: string | null;
};

/** Folds a verified page into the latest state of each thing it touched. */
export function collectFacts(events: readonly FeedEvent[]): PageFacts {
  const tickets = new Map<number, RegionTicket>();
  const escorts = new Map<number, RegionEscort>();
  const compensations = new Map<number, RegionCompensation>();
  const departments = new Map<number, { id: number; nameKo: string; nameEn: string }>();
  const cases = new Map<number, RegionCase>();
  const ratings: RegionRating[] = [];
  let charter: PageFacts['charter'] = null;
  let purgedThrough: string | null = null;
  for (const { facts, at } of events) {
    switch (facts?.kind) {
      case undefined:
        break;
      case 'tickets':
        for (const t of facts.tickets) tickets.set(t.id, t);
        if (facts.compensation) compensations.set(facts.compensation.id, facts.compensation);
        break;
      case 'escort':
        if (!escorts.has(facts.escort.id)) escorts.set(facts.escort.id, facts.escort);
        break;
      case 'compensation':
        compensations.set(facts.compensation.id, facts.compensation);
        break;
      case 'department':
        departments.set(facts.department.id, facts.department);
        break;
      case 'charter':
        charter = { charter: facts.charter, at };
        break;
      case 'case':
        cases.set(facts.case.id, facts.case);
        break;
      case 'rating':
        ratings.push(facts.rating);
        break;
      case 'purged':
        purgedThrough = facts.throughDay;
        break;
    }
  }
  return {
    tickets: [...tickets.values()],
    escorts: [...escorts.values()].sort((a, b) => a.id - b.id),
    compensations: [...compensations.values()],
    departments: [...departments.values()],
    charter,
    cases: [...cases.values()],
    ratings,
    purgedThrough,
  };
}
