/** The browser's local offset from UTC at an instant, in minutes (UTC+8 → 480), as the domain takes it. */
export const localOffset = (ms: number): number => -new Date(ms).getTimezoneOffset();
