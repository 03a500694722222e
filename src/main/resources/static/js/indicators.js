// An indicator's figures on a map: #indicator-map shades the parts of the area by their value in
// five equal steps between the lowest and the highest figure shown (the table beside it stays,
// as the accessible form); parts without a figure are grey. A click opens that part.
document.addEventListener('DOMContentLoaded', () => {
  const el = document.getElementById('indicator-map');
  if (!el || !window.L) {
    return;
  }
  const figures = {};
  document.querySelectorAll('#figures tbody tr[data-code]').forEach(r => {
    const v = parseFloat(r.dataset.value);
    if (!Number.isNaN(v)) {
      figures[r.dataset.code] = v;
    }
  });
  const known = Object.values(figures);
  if (!known.length) {
    return;
  }
  const low = Math.min(...known);
  const high = Math.max(...known);
  const colours = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];
  const colour = v => (v === undefined ? '#cccccc'
    : colours[high === low ? 2 : Math.min(4, Math.floor(((v - low) / (high - low)) * 5))]);
  fetch(el.dataset.childrenUrl, { credentials: 'same-origin', headers: { Accept: 'application/geo+json' } })
    .then(r => (r.ok ? r.json() : null))
    .catch(() => null)
    .then(geo => {
      if (!geo || !geo.features || !geo.features.length) {
        document.getElementById('no-map').hidden = false;
        return;
      }
      el.hidden = false;
      const legend = document.getElementById('map-legend');
      legend.textContent = legend.dataset.text.replace('{0}', low).replace('{1}', high);
      legend.hidden = false;
      const map = L.map(el, { zoomSnap: 0.25, attributionControl: false });
      const layer = L.geoJSON(geo, {
        style: f => ({ color: '#505a61', weight: 1, fillColor: colour(figures[f.properties.code]), fillOpacity: 0.8 }),
        onEachFeature: (feature, shape) => {
          const v = figures[feature.properties.code];
          shape.bindTooltip(feature.properties.name + (v === undefined ? '' : ': ' + v), { sticky: true });
          shape.on('click', () => {
            window.location.href = el.dataset.base + '&area=' + encodeURIComponent(feature.properties.code);
          });
        }
      }).addTo(map);
      map.fitBounds(layer.getBounds(), { padding: [8, 8] });
    });
});
