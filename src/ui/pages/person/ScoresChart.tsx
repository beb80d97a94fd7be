/**
 * Grouped bar chart of a person's ZRM scores per life domain, one bar per moment (ECharts, SVG
 * renderer). Loaded lazily: only this chunk carries ECharts, and only its core with the bar chart.
 * The chart is an image for assistive technology; the same numbers are in the table beside it.
 */
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, GridComponent, LegendComponent, SVGRenderer]);

export interface ScoresChartProps {
  /** Accessible name of the chart image. */
  label: string;
  /** Life domains, top to bottom. */
  domains: string[];
  /** One series per moment, oldest first; values per domain (null: not scored). */
  moments: { name: string; values: (number | null)[] }[];
  max: number;
}

/** Theme colours for the moments, newest first: it gets the primary colour, older ones quieter ones. */
const colourTokens = ['--samenspel-color-primary', '--samenspel-color-grey-500', '--samenspel-color-ochre-700', '--samenspel-color-grey-900'];

export default function ScoresChart({ label, domains, moments, max }: ScoresChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = echarts.init(element, null, { renderer: 'svg' });
    chartRef.current = chart;
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    const chart = chartRef.current;
    const element = ref.current;
    if (!chart || !element) return;
    const style = getComputedStyle(element);
    const token = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
    const text = token('--samenspel-color-text', '#1d1d1b');
    const grid = token('--samenspel-color-border-subtle', '#c8c7c2');
    const font = style.fontFamily;
    const colours = moments.map((_, index) => token(colourTokens[Math.min(moments.length - 1 - index, colourTokens.length - 1)]!, '#0b5c63'));
    chart.setOption(
      {
        animation: false,
        color: colours,
        textStyle: { fontFamily: font, color: text, fontSize: 14 },
        legend: { top: 0, left: 0, textStyle: { color: text, fontSize: 14 }, selectedMode: false },
        grid: { left: 8, right: 32, top: 36, bottom: 8, containLabel: true },
        xAxis: { type: 'value', min: 0, max, interval: 1, axisLabel: { color: text }, splitLine: { lineStyle: { color: grid } } },
        yAxis: { type: 'category', inverse: true, data: domains, axisLabel: { color: text, fontSize: 14 }, axisTick: { show: false } },
        series: moments.map((m) => ({
          type: 'bar',
          name: m.name,
          data: m.values,
          barMaxWidth: 14,
          label: { show: true, position: 'right', color: text, fontSize: 12 },
        })),
      },
      true,
    );
  }, [domains, moments, max]);

  const height = 60 + domains.length * Math.max(28, moments.length * 16 + 12);
  return (
    <div role="img" aria-label={label} className="samenspel-chart" data-testid="scores-chart">
      <div ref={ref} className="samenspel-chart__canvas" style={{ height }} />
    </div>
  );
}
