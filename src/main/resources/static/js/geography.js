// Area maps: Leaflet draws the area's boundary and its children's from GeoJSON, on a plain
// background (no tile server: Thusong runs on closed networks), unless a tile URL is configured.
document.addEventListener('DOMContentLoaded', () => {
  const el = document.getElementById('area-map');
  if (!el || !window.L) {
    return;
  }
  const map = L.map(el, { zoomSnap: 0.25, attributionControl: !!el.dataset.tileUrl });
  if (el.dataset.tileUrl) {
    L.tileLayer(el.dataset.tileUrl, { maxZoom: 18 }).addTo(map);
  }
  const load = url => url
    ? fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/geo+json' } })
        .then(r => (r.ok ? r.json() : null))
        .catch(() => null)
    : Promise.resolve(null);
  const bounds = L.latLngBounds([]);
  Promise.all([load(el.dataset.childrenUrl), load(el.dataset.boundaryUrl)]).then(([children, area]) => {
    if (children && children.features && children.features.length) {
      const layer = L.geoJSON(children, {
        style: { color: '#505a61', weight: 1, fillColor: '#0b5d4b', fillOpacity: 0.15 },
        onEachFeature: (feature, shape) => {
          shape.bindTooltip(feature.properties.name, { sticky: true });
          shape.on('click', () => {
            window.location.href = el.dataset.areaBase + encodeURIComponent(feature.properties.code)
              + '?demarcation=' + encodeURIComponent(el.dataset.demarcation);
          });
          shape.on('mouseover', () => shape.setStyle({ fillOpacity: 0.35 }));
          shape.on('mouseout', () => shape.setStyle({ fillOpacity: 0.15 }));
        }
      }).addTo(map);
      bounds.extend(layer.getBounds());
    }
    if (area) {
      const layer = L.geoJSON(area, { style: { color: '#0b5d4b', weight: 3, fill: !children, fillOpacity: 0.1 }, interactive: false }).addTo(map);
      bounds.extend(layer.getBounds());
    }
    if (bounds.isValid()) {
      map.fitBounds(bounds, { padding: [8, 8] });
    } else {
      el.hidden = true;
    }
  });
});
