// The ECharts the site ships: only the parts the charts use, from the pinned
// npm package, bundled by esbuild (`make dist`) into one script that sets the
// global `echarts` charming's bindings and src/ui/browser/echarts.rs calls.
import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GeoComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

// Scatter and Geo: the map of partners (markers on the map `world`, which
// the page registers when the map goes live) and the timeline's dots.
echarts.use([BarChart, LineChart, ScatterChart, GridComponent, GeoComponent, TooltipComponent, LegendComponent, AriaComponent, CanvasRenderer]);

window.echarts = echarts;
