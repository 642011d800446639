import { describe, expect, it } from 'vitest';
import { keptLines } from './publisher.ts';

describe('keptLines', () => {
  it("drops Astro's line per written page or image and keeps every other line whole, however the text is cut", () => {
    const text = [
      'Innholdet er i orden: 2 kommuner og innstillingene kontrollert.',
      ' generating static routes ',
      '15:01:09   ├─ /404.html (+12ms) ',
      '15:01:10   └─ /nyheter/møte-i-rådet/index.html (+2ms) ',
      '15:01:10   ▶ /_astro/mote.CWpxJzGF_25x8j2.avif (before: 0kB, after: 0kB) (+59ms) (1/3)',
      '15:01:10 [build] 60 page(s) built in 3.92s',
      'Nettstedet ble ikke bygget: «/nyheter/» mangler.',
    ].join('\n');
    const expected = [
      'Innholdet er i orden: 2 kommuner og innstillingene kontrollert.',
      ' generating static routes ',
      '15:01:10 [build] 60 page(s) built in 3.92s',
      'Nettstedet ble ikke bygget: «/nyheter/» mangler.',
    ].join('\n');
    for (const size of [1, 7, 40, text.length]) {
      const keep = keptLines();
      let kept = '';
      for (let i = 0; i < text.length; i += size) kept += keep(text.slice(i, i + size));
      kept += keep(undefined);
      expect(kept, `pieces of ${size}`).toBe(expected);
    }
  });

  it('drops a per-page line left unfinished at the end, and keeps any other', () => {
    const dropped = keptLines();
    expect(dropped('a\n  ├─ /404.html (+1ms)') + dropped(undefined)).toBe('a\n');
    const kept = keptLines();
    expect(kept('a\nFeil i byggingen') + kept(undefined)).toBe('a\nFeil i byggingen');
  });
});
