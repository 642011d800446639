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
