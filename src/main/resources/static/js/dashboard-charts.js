// Draws the dashboard's charts from the JSON block the page embeds (id dashboard-charts).
(function () {
  const data = document.getElementById('dashboard-charts');
  if (!data || !window.echarts) {
    return;
  }
  const charts = JSON.parse(data.textContent);
  // Dark enough for 4.5:1 on white, and told apart by line style, symbol and bar pattern as well as colour.
  const palette = ['#1f4e79', '#9c4500', '#2b6a2f', '#6a1b9a'];
  const symbols = ['circle', 'triangle', 'rect', 'diamond'];
  const lineTypes = ['solid', 'dashed', 'dotted', 'solid'];
  const text = '#1a1a1a';
  // Nynorsk falls back to Bokmål's number format (same spaces and commas) where the browser has no 'nn' data.
  const lang = document.documentElement.lang || undefined;
  const numbers = new Intl.NumberFormat(lang === 'nn' ? ['nn', 'nb', 'no'] : lang, { maximumFractionDigits: 2 });
  Object.keys(charts).forEach(function (id) {
    const element = document.getElementById(id);
    if (!element) {
      return;
    }
    const spec = charts[id];
    const chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      color: palette,
      aria: { enabled: true, label: { enabled: false }, decal: { show: spec.type === 'bar' } },
      textStyle: { color: text },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '' : numbers.format(v); } },
      legend: { top: 0, textStyle: { color: text } },
      grid: { left: 8, right: 24, bottom: 8, top: 48, containLabel: true },
      xAxis: { type: 'category', data: spec.categories, axisLabel: { color: text } },
      yAxis: { type: 'value', scale: spec.type === 'line', axisLabel: { color: text, formatter: function (v) { return numbers.format(v); } } },
      series: spec.series.map(function (s, i) {
        return spec.type === 'line'
          ? { name: s.name, type: 'line', data: s.data, symbol: symbols[i % 4], symbolSize: 8, lineStyle: { type: lineTypes[i % 4], width: 3 } }
          : { name: s.name, type: 'bar', data: s.data };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
