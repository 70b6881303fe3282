// Local Danish wall-clock times as instants, cheaply: the UTC offset is looked up once per date (Intl is
// too slow to call for each of a million cases).
import { addDays, type IsoDate } from '../../../core/calendar.js';

const TZ = 'Europe/Copenhagen';
const MINUTE = 60_000;

export interface DanishTime {
  /** The instant of local `minute` (0–1439) on `date`. */
  at(date: IsoDate, minute: number): number;
  /** Minutes since local midnight of an instant. */
  minuteOfDay(instant: Date): number;
}

export function danishTime(): DanishTime {
  const hour = new Intl.DateTimeFormat('en-GB', { timeZone: TZ, hour: '2-digit', hourCycle: 'h23' });
  const offsets = new Map<IsoDate, number>();
  // The offset in force at local noon; DST changes happen at night, so it holds from about 04:00 to midnight.
  const offsetAtNoon = (date: IsoDate): number => {
    let ms = offsets.get(date);
    if (ms === undefined) {
      const h = Number(hour.format(new Date(`${date}T11:00:00Z`)));
      ms = (h - 11) * 60 * MINUTE;
      offsets.set(date, ms);
    }
    return ms;
  };
  return {
    at(date, minute) {
      const midnightUtc = Date.parse(`${date}T00:00:00Z`);
      // Before dawn the offset is still the previous evening's (a DST change happens at 02:00/03:00).
      const offset = minute < 240 ? offsetAtNoon(addDays(date, -1)) : offsetAtNoon(date);
      return midnightUtc - offset + minute * MINUTE;
    },
    minuteOfDay(instant) {
      const parts = new Intl.DateTimeFormat('en-GB', {
        timeZone: TZ,
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).formatToParts(instant);
      const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
      return get('hour') * 60 + get('minute');
    },
  };
}
