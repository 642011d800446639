/**
 * `<hp-chart>`: draws the Chart.js chart whose JSON configuration sits inside
 * the element, then reveals the canvas. Without JavaScript the canvas stays
 * hidden and the table beside it carries the numbers.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type ChartTypeRegistry,
  type Scale,
  type TooltipItem,
} from 'chart.js';
import type { ChartSpec } from '../../charts/chart-spec.ts';
import { pointLabel, yearLabel, yearTicks } from '../../charts/date-axis.ts';

// Only the parts our two chart types use, so the bundle stays small.
Chart.register(BarController, BarElement, CategoryScale, Filler, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip);
Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily;
Chart.defaults.color = '#3d3d3d';

/** Adds what JSON cannot carry: year ticks and date tooltips on a time axis. */
function withDateAxis(config: ChartConfiguration): ChartConfiguration {
  const x = config.options!.scales!.x! as Record<string, unknown>;
  x.afterBuildTicks = (scale: Scale) => {
    scale.ticks = yearTicks(scale.min, scale.max).map((value) => ({ value }));
  };
  x.ticks = { ...(x.ticks as object), callback: (value: number | string) => yearLabel(Number(value)) };
  config.options!.plugins = {
    ...config.options!.plugins,
    tooltip: {
      callbacks: {
        title: (items: TooltipItem<keyof ChartTypeRegistry>[]) => {
          const x = (items[0]?.parsed as { x?: number | null } | undefined)?.x;
          return typeof x === 'number' ? pointLabel(x) : '';
        },
      },
    },
  };
  return config;
}

class HpChart extends HTMLElement {
  #chart: Chart | undefined;

  connectedCallback() {
    const json = this.querySelector('script[type="application/json"]')?.textContent;
    const canvas = this.querySelector('canvas');
    if (!json || !canvas || this.#chart) return;
    const spec = JSON.parse(json) as ChartSpec;
    const config = spec.kind === 'dates' ? withDateAxis(spec.config) : spec.config;
    // Chart.js animates regardless of the reader's setting; honour it here.
    if (matchMedia('(prefers-reduced-motion: reduce)').matches) config.options = { ...config.options, animation: false };
    canvas.parentElement!.hidden = false;
    this.#chart = new Chart(canvas, config);
  }

  disconnectedCallback() {
    this.#chart?.destroy();
    this.#chart = undefined;
  }
}

if (!customElements.get('hp-chart')) customElements.define('hp-chart', HpChart);
