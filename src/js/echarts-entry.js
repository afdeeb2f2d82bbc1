// The ECharts the site ships: only the parts the charts use, from the pinned
// npm package, bundled by esbuild (`make dist`) into one script that sets the
// global `echarts` charming's bindings and src/ui/browser/echarts.rs calls.
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, CanvasRenderer]);

window.echarts = echarts;
