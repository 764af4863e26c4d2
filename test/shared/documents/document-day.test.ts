import { describe, expect, it } from 'vitest';
import { bogotaDay, dayInRange, dayText, quickRange } from '../../../src-shared/documents/document-day';

describe('document days in Bogotá time', () => {
  it('keeps Siigo’s calendar date as it is and reads timestamps in Bogotá, whatever the PC’s zone', () => {
    expect(bogotaDay('2025-03-14')).toBe('2025-03-14');
    // 11 p. m. on the 14th in Bogotá is already the 15th in UTC.
    expect(bogotaDay('2025-03-15T04:00:00.000Z')).toBe('2025-03-14');
    expect(bogotaDay('2025-03-15T05:00:00.000Z')).toBe('2025-03-15');
    expect(bogotaDay('mañana')).toBeNull();
    expect(bogotaDay(null)).toBeNull();
    expect(dayText('2025-03-04')).toBe('04/03/2025');
  });

  it('quick picks: today, this week from Monday, this month from the 1st, all up to today in Bogotá', () => {
    // Sunday 16 March 2025, 9 p. m. in Bogotá (already Monday the 17th in UTC).
    const sundayNight = new Date('2025-03-17T02:00:00.000Z');
    expect(quickRange('today', sundayNight)).toEqual({ from: '2025-03-16', to: '2025-03-16' });
    expect(quickRange('week', sundayNight)).toEqual({ from: '2025-03-10', to: '2025-03-16' });
    expect(quickRange('month', sundayNight)).toEqual({ from: '2025-03-01', to: '2025-03-16' });
    // A Monday is its own week's first day; a week may start in the month before.
    expect(quickRange('week', new Date('2025-03-17T15:00:00.000Z'))).toEqual({ from: '2025-03-17', to: '2025-03-17' });
    expect(quickRange('week', new Date('2025-04-02T15:00:00.000Z'))).toEqual({ from: '2025-03-31', to: '2025-04-02' });
  });

  it('a range includes both ends, an empty end is open, and a document without a day is outside any range', () => {
    expect(dayInRange('2025-03-14', '2025-03-14', '2025-03-14')).toBe(true);
    expect(dayInRange('2025-03-13', '2025-03-14', '')).toBe(false);
    expect(dayInRange('2025-03-15', '', '2025-03-14')).toBe(false);
    expect(dayInRange('2020-01-01', '', '2025-03-14')).toBe(true);
    expect(dayInRange(null, '2025-03-14', '')).toBe(false);
    expect(dayInRange(null, '', '')).toBe(true);
  });
});
