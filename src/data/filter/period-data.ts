import type { Occurrence } from '../event.js';
import type { EventIndex } from '../occurrences/event-index.js';
import type { FilterCriteria, FilterIndex, Facets } from './filter.js';
import { groupForList, monthGrid } from '../occurrences/calendar-days.js';
import { layoutMonth, type WeekLayout } from '../occurrences/week-layout.js';
import { lastOfMonth } from '../time/plain-date.js';
import { memoizeOne } from '../memoize-one.js';

export interface MonthData {
  /** The grid's week rows, laid out with at most `lanes` bars each. */
  weeks: WeekLayout[];
  /** Occurrences in the month itself (not the neighbouring days of the grid) after filtering. */
  count: number;
  /** The same before filtering: tells "nothing this month" from "nothing for these filters". */
  unfiltered: number;
  facets: Facets;
}

export interface ListData {
  groups: ReturnType<typeof groupForList>;
  count: number;
  unfiltered: number;
  facets: Facets;
}

/** The panel's facets before a feed is there, or without its filter code. */
export const NO_FACETS: Facets = { categories: [], districts: [], formats: [], access: [], sources: [] };

const inMonth = (occs: readonly Occurrence[], from: number, to: number) => occs.filter((o) => o.lastDay >= from && o.firstDay <= to);

/**
 * What the views show for a period: its occurrences, filtered, grouped and
 * counted, with the facet counts of the filter panel. Each is computed once per
 * period, feed and criteria; renders in between (focus moves, the list growing
 * frame by frame, a dialog opening) reuse it.
 */
export class PeriodData {
  /** `lanes`: bars stacked per week row before the rest are counted per day (0: none drawn, as in the compact month). */
  readonly month = memoizeOne((index: EventIndex, filters: FilterIndex | undefined, criteria: FilterCriteria, monthStart: number, lanes: number): MonthData => {
    const weeks = monthGrid(monthStart);
    const all = index.occurrences(weeks[0][0], weeks[weeks.length - 1][6]);
    const shown = filters ? filters.filter(all, criteria) : all;
    const monthEnd = lastOfMonth(monthStart);
    const month = inMonth(all, monthStart, monthEnd);
    return {
      weeks: layoutMonth(weeks, shown, lanes),
      count: inMonth(shown, monthStart, monthEnd).length,
      unfiltered: month.length,
      facets: filters ? filters.facets(month, criteria) : NO_FACETS,
    };
  });

  readonly list = memoizeOne((index: EventIndex, filters: FilterIndex | undefined, criteria: FilterCriteria, from: number, to: number): ListData => {
    const all = index.occurrences(from, to);
    const groups = groupForList(filters ? filters.filter(all, criteria) : all, from, to);
    const count = groups.running.length + groups.days.reduce((sum, d) => sum + d.items.length, 0);
    return { groups, count, unfiltered: all.length, facets: filters ? filters.facets(all, criteria) : NO_FACETS };
  });
}
