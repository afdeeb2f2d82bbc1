// Baseline for `make bench`: the same tier chart with the full ECharts and
// no framework, from the same data file.
fetch('data/report.json')
  .then((r) => r.json())
  .then((report) => {
    const years = report.tip_tiers.years;
    const chart = echarts.init(document.getElementById('chart'));
    chart.on('finished', () => {
      if (performance.getEntriesByName('first-chart').length === 0) performance.mark('first-chart');
    });
    chart.setOption({
      legend: {},
      tooltip: {},
      xAxis: { type: 'category', data: years.map((y) => String(y.year)) },
      yAxis: { type: 'value' },
      series: ['tier1', 'tier2', 'tier2_watch', 'tier3'].map((tier) => ({
        name: tier,
        type: 'bar',
        stack: 'tiers',
        data: years.map((y) => y.tiers.find((c) => c.tier === tier).count),
      })),
    });
  });
