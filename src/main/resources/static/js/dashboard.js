// The requests dashboard: each table[data-chart] is drawn as a Chart.js chart on the canvas that
// names it (data-chart-for). The table stays on the page: it is the accessible form of the chart.
document.addEventListener('DOMContentLoaded', () => {
  if (!window.Chart) {
    return;
  }
  document.querySelectorAll('canvas[data-chart-for]').forEach(canvas => {
    const table = document.getElementById(canvas.dataset.chartFor);
    if (!table) {
      return;
    }
    const rows = [...table.querySelectorAll('tbody tr')];
    const labels = rows.map(r => r.querySelector('th').textContent.trim());
    const values = rows.map(r => {
      const cell = r.querySelector('td[data-value]');
      const value = cell ? parseFloat(cell.dataset.value) : NaN;
      return Number.isNaN(value) ? null : value;
    });
    const title = table.querySelector('thead th:nth-child(2)');
    const scale = { beginAtZero: true };
    if (canvas.dataset.chartMax) {
      scale.max = parseFloat(canvas.dataset.chartMax);
    } else {
      // Counts of requests are whole numbers: no 0.5 request on the axis.
      scale.ticks = { precision: 0 };
    }
    canvas.hidden = false;
    new Chart(canvas, {
      type: table.dataset.chart || 'bar',
      data: {
        labels,
        datasets: [{ label: title ? title.textContent.trim() : '', data: values,
          backgroundColor: '#0b5d4b', borderColor: '#0b5d4b' }]
      },
      options: {
        indexAxis: table.dataset.chart === 'bar' && labels.length > 6 ? 'y' : 'x',
        plugins: { legend: { display: false } },
        scales: table.dataset.chart === 'bar' && labels.length > 6 ? { x: scale } : { y: scale },
        animation: false
      }
    });
  });
});
