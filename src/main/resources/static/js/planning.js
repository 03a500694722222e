// Planning dashboard: each table[data-stacked] becomes a stacked bar chart (one series per status
// column) on the canvas that names it. The table stays: it is the accessible form of the chart.
document.addEventListener('DOMContentLoaded', () => {
  if (!window.Chart) {
    return;
  }
  const colours = { met: '#2e8b57', exceeded: '#0b5d4b', partially_met: '#d89e00', not_met: '#b22222',
    no_data: '#7a1d1d', not_yet_due: '#aab4ba', no_target: '#d5dde1' };
  document.querySelectorAll('canvas[data-chart-for]').forEach(canvas => {
    const table = document.getElementById(canvas.dataset.chartFor);
    if (!table) {
      return;
    }
    const heads = [...table.querySelectorAll('thead th[data-status]')];
    const rows = [...table.querySelectorAll('tbody tr')];
    const labels = rows.map(r => r.querySelector('th').textContent.trim());
    const datasets = heads.map(h => ({
      label: h.textContent.trim(),
      backgroundColor: colours[h.dataset.status] || '#666',
      data: rows.map(r => parseFloat(r.querySelector('td[data-status="' + h.dataset.status + '"]').textContent) || 0)
    }));
    canvas.hidden = false;
    new Chart(canvas, {
      type: 'bar',
      data: { labels, datasets },
      options: { indexAxis: labels.length > 6 ? 'y' : 'x', animation: false,
        scales: { x: { stacked: true, ticks: { precision: 0 } }, y: { stacked: true, ticks: { precision: 0 } } } }
    });
  });
});
