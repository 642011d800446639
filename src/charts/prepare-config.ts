/**
 * The last step before `new Chart(...)`, in the browser: adds what JSON
 * cannot carry (the time axis's tick and tooltip callbacks) and turns
 * animation off when the reader asks for reduced motion, which Chart.js does
 * not honour by itself.
 */
import type { ChartConfiguration, ChartTypeRegistry, Scale, TooltipItem } from 'chart.js';
import type { ChartSpec } from './chart-spec.ts';
import { pointLabel, yearLabel, yearTicks } from './date-axis.ts';

/** The configuration to draw `spec` with; `spec` itself is left unchanged. */
export function prepareConfig(spec: ChartSpec, options: { reducedMotion: boolean }): ChartConfiguration {
  const config = structuredClone(spec.config);
  config.options ??= {};
  if (spec.kind === 'dates') {
    const x = (config.options.scales?.x ?? {}) as Record<string, unknown>;
    x.afterBuildTicks = (scale: Scale) => {
      scale.ticks = yearTicks(scale.min, scale.max).map((value) => ({ value }));
    };
    x.ticks = { ...(x.ticks as object), callback: (value: number | string) => yearLabel(Number(value)) };
    config.options.scales = { ...config.options.scales, x };
    config.options.plugins = {
      ...config.options.plugins,
      tooltip: {
        callbacks: {
          title: (items: TooltipItem<keyof ChartTypeRegistry>[]) => {
            const time = (items[0]?.parsed as { x?: number | null } | undefined)?.x;
            return typeof time === 'number' ? pointLabel(time) : '';
          },
        },
      },
    };
  }
  if (options.reducedMotion) config.options.animation = false;
  return config;
}
