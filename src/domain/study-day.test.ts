import { describe, expect, it } from 'vitest';
import { endOfStudyDay, startOfStudyDay, studyDayKey } from './study-day';

const SHANGHAI = 480; // UTC+8
const NEW_YORK_EST = -300; // UTC−5

describe('study days', () => {
  it('count 3:59 AM as the day before and 4:00 AM as the new day', () => {
    // 2026-11-22 03:59 and 04:00 in Shanghai
    expect(studyDayKey(Date.UTC(2026, 10, 21, 19, 59), SHANGHAI)).toBe('2026-11-21');
    expect(studyDayKey(Date.UTC(2026, 10, 21, 20, 0), SHANGHAI)).toBe('2026-11-22');
  });

  it('follow the local time zone', () => {
    const instant = Date.UTC(2026, 10, 22, 6, 0); // 14:00 in Shanghai, 01:00 in New York
    expect(studyDayKey(instant, SHANGHAI)).toBe('2026-11-22');
    expect(studyDayKey(instant, NEW_YORK_EST)).toBe('2026-11-21');
  });

  it('start at local 4 AM and last 24 hours', () => {
    const instant = Date.UTC(2026, 10, 22, 6, 0);
    expect(startOfStudyDay(instant, SHANGHAI)).toBe(Date.UTC(2026, 10, 21, 20, 0));
    expect(endOfStudyDay(instant, SHANGHAI)).toBe(Date.UTC(2026, 10, 22, 20, 0));
  });
});
