// Request forms: show only the chosen service's questions and its description; on the public
// form, a Leaflet map of the municipality (no tile server) where a tap places the pin and fills
// the hidden lat/lon fields, and a tap inside a ward also chooses it in the list.
document.addEventListener('DOMContentLoaded', () => {
  const service = document.querySelector('[data-requests-service]');
  if (service) {
    const description = document.getElementById('service-description');
    const sync = () => {
      document.querySelectorAll('fieldset[data-service]').forEach(set => {
        const chosen = set.dataset.service === service.value;
        set.hidden = !chosen;
        set.disabled = !chosen;
      });
      const option = service.options[service.selectedIndex];
      if (description) {
        description.textContent = option && option.dataset.description ? option.dataset.description : '';
      }
    };
    service.addEventListener('change', sync);
    sync();
  }

  const el = document.getElementById('report-map');
  if (!el || !window.L) {
    return;
  }
  const lat = document.getElementById('lat');
  const lon = document.getElementById('lon');
  const ward = document.getElementById('ward');
  const status = document.getElementById('pin-status');
  fetch(el.dataset.geojsonUrl, { headers: { Accept: 'application/geo+json' } })
    .then(r => (r.ok ? r.json() : null))
    .catch(() => null)
    .then(data => {
      if (!data || !data.features || !data.features.length) {
        return;
      }
      el.hidden = false;
      const map = L.map(el, { zoomSnap: 0.25, attributionControl: false });
      let pin = null;
      const place = (latlng, code) => {
        lat.value = latlng.lat.toFixed(6);
        lon.value = latlng.lng.toFixed(6);
        if (pin) {
          pin.setLatLng(latlng);
        } else {
          pin = L.circleMarker(latlng, { radius: 9, color: '#8a1c1c', weight: 3, fillOpacity: 0.8 }).addTo(map);
        }
        if (code && ward && [...ward.options].some(o => o.value === code)) {
          ward.value = code;
        }
        if (status) {
          status.textContent = status.dataset.placed + ' ' + lat.value + ', ' + lon.value;
        }
      };
      const layer = L.geoJSON(data, {
        style: f => (f.properties.level === 'ward' || f.properties.level === 'mahalle')
          ? { color: '#505a61', weight: 1, fillColor: '#0b5d4b', fillOpacity: 0.12 }
          : { color: '#0b5d4b', weight: 3, fillOpacity: 0.05 },
        onEachFeature: (feature, shape) => {
          shape.bindTooltip(feature.properties.name, { sticky: true });
          shape.on('click', e => {
            L.DomEvent.stopPropagation(e);
            const local = feature.properties.level === 'ward' || feature.properties.level === 'mahalle';
            place(e.latlng, local ? feature.properties.code : null);
          });
        }
      }).addTo(map);
      map.on('click', e => place(e.latlng, null));
      map.fitBounds(layer.getBounds(), { padding: [8, 8] });
      if (lat.value && lon.value) {
        place(L.latLng(parseFloat(lat.value), parseFloat(lon.value)), null);
      }
    });
});
