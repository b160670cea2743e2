import type { LabelTable } from './table';

/** When and how long: a touchpoint's time, day numbers and durations (details, timeline, stats). */
export interface TimeLabels {
  dayN: string;
  when: string;
  duration: string;
  days: string;
  dayOne: string;
  weeks: string;
}

/** The time texts in every locale. */
export const timeLabels: LabelTable<TimeLabels> = {
  en: {
    dayN: 'Day {n}',
    when: 'When',
    duration: 'Duration',
    days: '{n} days',
    dayOne: '{n} day',
    weeks: '{n} weeks',
  },
  de: {
    dayN: 'Tag {n}',
    when: 'Wann',
    duration: 'Dauer',
    days: '{n} Tage',
    dayOne: '{n} Tag',
    weeks: '{n} Wochen',
  },
};
