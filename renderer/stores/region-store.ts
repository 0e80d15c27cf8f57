import { create } from 'zustand';
import type { RegionOverview, RegionOverviewQuery } from '../../shared/contract/region-view';
import { businessDay } from '../../shared/time/business-day';
import { errorCodeOf, type ApiErrorCode } from '../api/http-client';
import { fetchRegionNow, fetchRegionOverview } from '../api/region-client';

type RegionStore = {
  query: RegionOverviewQuery | null;
  overview: RegionOverview | null;
  loadError: ApiErrorCode | null;
  /** Loads a period; without one, the region's today. */
  load: (query?: RegionOverviewQuery) => Promise<void>;
};

export const useRegionStore = create<RegionStore>()((set, get) => ({
  query: null,
  overview: null,
  loadError: null,
  async load(query) {
    try {
      // "Today" is the region's, never this PC's clock.
      const wanted = query ?? get().query ?? { period: 'day', day: businessDay(await fetchRegionNow()) };
      set({ query: wanted, loadError: null });
      const overview = await fetchRegionOverview(wanted);
      // A slower answer for a period the user already left must not replace the newer one.
      if (get().query === wanted) set({ overview });
    } catch (error) {
      set({ loadError: errorCodeOf(error) });
    }
  },
}));
