/** Clock time in Norway as `HH:MM:SS`, for log lines staff read beside their own clock. */
export function clockInOslo(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('nb-NO', {
    timeZone: 'Europe/Oslo',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(now);
}

/**
 * Milliseconds from `now` until the next midnight in Norway, when items
 * dated the new day become due. Norway's offset is read for that moment, so
 * the answer holds across the switch to and from summer time (which happens
 * at night, but never at midnight).
 */
export function msUntilNextOsloMidnight(now: Date = new Date()): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Oslo',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(now)
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<string, number>;
  const wallClock = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  const offset = wallClock - Math.floor(now.getTime() / 1000) * 1000;
  const nextMidnightWall = Date.UTC(parts.year!, parts.month! - 1, parts.day! + 1);
  return nextMidnightWall - offset - now.getTime();
}
