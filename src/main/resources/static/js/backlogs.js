// Backlog pages: each table[data-chart] is drawn as a Chart.js chart on the canvas that names it
// (the table stays: it is the accessible form of the chart), and #backlog-map shades the
// children by their percentage below the norm where boundaries exist.
document.addEventListener('DOMContentLoaded', () => {
  if (window.Chart) {
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
      const horizontal = table.dataset.chart === 'bar' && labels.length > 6;
      canvas.hidden = false;
      if (horizontal) {
        canvas.height = Math.max(200, labels.length * 18);
      }
      new Chart(canvas, {
        type: table.dataset.chart || 'bar',
        data: { labels, datasets: [{ label: title ? title.textContent.trim() : '', data: values,
          backgroundColor: '#b34a33', borderColor: '#b34a33' }] },
        options: {
          indexAxis: horizontal ? 'y' : 'x',
          maintainAspectRatio: !horizontal,
          plugins: { legend: { display: false } },
          scales: horizontal ? { x: { beginAtZero: true }, y: { ticks: { autoSkip: false } } } : { y: { beginAtZero: true } },
          animation: false
        }
      });
    });
  }
  const el = document.getElementById('backlog-map');
  if (!el || !window.L) {
    return;
  }
  const percents = {};
  document.querySelectorAll('#children tbody tr[data-code]').forEach(r => {
    percents[r.dataset.code] = parseFloat(r.dataset.percent);
  });
  const colours = ['#fef0d9', '#fdcc8a', '#fc8d59', '#e34a33', '#b30000'];
  const colour = p => (Number.isNaN(p) || p === undefined ? '#cccccc' : colours[Math.min(4, Math.floor(p / 20))]);
  fetch(el.dataset.childrenUrl, { credentials: 'same-origin', headers: { Accept: 'application/geo+json' } })
    .then(r => (r.ok ? r.json() : null))
    .catch(() => null)
    .then(geo => {
      if (!geo || !geo.features || !geo.features.length) {
        document.getElementById('no-map').hidden = false;
        return;
      }
      el.hidden = false;
      document.getElementById('map-legend').hidden = false;
      const map = L.map(el, { zoomSnap: 0.25, attributionControl: false });
      const layer = L.geoJSON(geo, {
        style: f => ({ color: '#505a61', weight: 1, fillColor: colour(percents[f.properties.code]), fillOpacity: 0.8 }),
        onEachFeature: (feature, shape) => {
          const p = percents[feature.properties.code];
          shape.bindTooltip(feature.properties.name + (Number.isNaN(p) || p === undefined ? '' : ': ' + p + '%'), { sticky: true });
          shape.on('click', () => {
            window.location.href = el.dataset.backlogBase + encodeURIComponent(feature.properties.code)
              + '?demarcation=' + encodeURIComponent(el.dataset.demarcation) + '&service=' + encodeURIComponent(el.dataset.service);
          });
        }
      }).addTo(map);
      map.fitBounds(layer.getBounds(), { padding: [8, 8] });
    });
});
