import { describe, expect, it } from 'vitest';
import type { ChartSpec } from './chart-spec.ts';
import { dateToTime } from './date-axis.ts';
import { prepareConfig } from './prepare-config.ts';

const dates: ChartSpec = {
  kind: 'dates',
  config: {
    type: 'line',
    data: { datasets: [{ label: 'I drift', data: [{ x: dateToTime('2021-05-19'), y: 1 }] }] },
    options: { scales: { x: { type: 'linear' } } },
  },
};
const bars: ChartSpec = { kind: 'categories', config: { type: 'bar', data: { labels: ['Fase 1'], datasets: [] } } };

describe('prepareConfig', () => {
  it('turns animation off for readers who ask for reduced motion, and only for them', () => {
    expect(prepareConfig(bars, { reducedMotion: true }).options?.animation).toBe(false);
    expect(prepareConfig(bars, { reducedMotion: false }).options?.animation).toBeUndefined();
  });

  it('gives a time axis year ticks and year labels, and its tooltips the full date', () => {
    const config = prepareConfig(dates, { reducedMotion: false }) as any;
    const scale = { min: dateToTime('2021-05-19'), max: dateToTime('2023-02-01'), ticks: [] as { value: number }[] };
    config.options.scales.x.afterBuildTicks(scale);
    expect(scale.ticks.map((t) => t.value)).toEqual([Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)]);
    expect(config.options.scales.x.ticks.callback(Date.UTC(2022, 0, 1))).toBe('2022');
    expect(config.options.plugins.tooltip.callbacks.title([{ parsed: { x: dateToTime('2021-05-19'), y: 1 } }])).toBe('19. mai 2021');
    expect(config.options.scales.x.type).toBe('linear');
  });

  it('leaves a category chart’s axes alone and does not change the embedded spec', () => {
    const before = structuredClone(dates);
    prepareConfig(dates, { reducedMotion: true });
    expect(dates).toEqual(before);
    expect((prepareConfig(bars, { reducedMotion: false }) as any).options.scales).toBeUndefined();
  });
});
