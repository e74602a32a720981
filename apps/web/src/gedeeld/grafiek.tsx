// Apache ECharts in a React component. Charts always have the same numbers as a table beside them (WCAG 1.1.1).
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export function Grafiek({ optie, label, hoogte = 320 }: { optie: EChartsCoreOption; label: string; hoogte?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const grafiek = echarts.init(ref.current, undefined, { renderer: 'svg', locale: 'EN' });
    grafiek.setOption(optie);
    const waarnemer = new ResizeObserver(() => grafiek.resize());
    waarnemer.observe(ref.current);
    return () => {
      waarnemer.disconnect();
      grafiek.dispose();
    };
  }, [optie]);
  return <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height: hoogte }} />;
}
