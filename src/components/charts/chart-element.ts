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
} from 'chart.js';
import type { ChartSpec } from '../../charts/chart-spec.ts';
import { prepareConfig } from '../../charts/prepare-config.ts';

// Only the parts our two chart types use, so the bundle stays small.
Chart.register(BarController, BarElement, CategoryScale, Filler, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip);
Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily;
Chart.defaults.color = '#3d3d3d';

class HpChart extends HTMLElement {
  #chart: Chart | undefined;

  connectedCallback() {
    const json = this.querySelector('script[type="application/json"]')?.textContent;
    const canvas = this.querySelector('canvas');
    if (!json || !canvas || this.#chart) return;
    const config = prepareConfig(JSON.parse(json) as ChartSpec, {
      reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
    });
    canvas.parentElement!.hidden = false;
    this.#chart = new Chart(canvas, config);
  }

  disconnectedCallback() {
    this.#chart?.destroy();
    this.#chart = undefined;
  }
}

if (!customElements.get('hp-chart')) customElements.define('hp-chart', HpChart);
