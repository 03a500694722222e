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

  // Possible duplicates: open requests of the chosen service near the pin, each with a link to follow it.
  const nearby = document.getElementById('nearby');
  const showNearby = () => {
    const la = document.getElementById('lat');
    const lo = document.getElementById('lon');
    if (!nearby || !service || !service.value || !la || !la.value || !lo || !lo.value) {
      if (nearby) {
        nearby.hidden = true;
      }
      return;
    }
    const url = nearby.dataset.url + '?service=' + encodeURIComponent(service.value)
      + '&lat=' + encodeURIComponent(la.value) + '&lon=' + encodeURIComponent(lo.value);
    fetch(url, { headers: { Accept: 'application/json' } })
      .then(r => (r.ok ? r.json() : []))
      .catch(() => [])
      .then(found => {
        const list = document.getElementById('nearby-list');
        list.replaceChildren();
        found.forEach(f => {
          const item = document.createElement('li');
          const link = document.createElement('a');
          link.href = f.statusUrl;
          link.textContent = f.reference;
          item.append(link, ' ' + f.serviceName + ' (' + new Date(f.submittedAt).toLocaleDateString() + ')');
          list.append(item);
        });
        nearby.hidden = found.length === 0;
      });
  };
  if (service) {
    service.addEventListener('change', showNearby);
  }

  showOpenMap();

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
        showNearby();
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

// The public map of open requests: the municipality's outline (no tile server) and a point per
// open request with its service, status and age; the list on the page holds the same requests.
function showOpenMap() {
  const el = document.getElementById('open-map');
  if (!el || !window.L) {
    return;
  }
  const json = url => fetch(url, { headers: { Accept: 'application/json' } })
    .then(r => (r.ok ? r.json() : null))
    .catch(() => null);
  Promise.all([json(el.dataset.geojsonUrl), json(el.dataset.openUrl)]).then(([outline, open]) => {
    if (!outline || !outline.features || !outline.features.length) {
      return;
    }
    el.hidden = false;
    const map = L.map(el, { zoomSnap: 0.25, attributionControl: false });
    const layer = L.geoJSON(outline, {
      style: f => (f.properties.level === 'ward' || f.properties.level === 'mahalle')
        ? { color: '#505a61', weight: 1, fillOpacity: 0.03 }
        : { color: '#0b5d4b', weight: 3, fillOpacity: 0.05 },
      onEachFeature: (feature, shape) => shape.bindTooltip(feature.properties.name, { sticky: true })
    }).addTo(map);
    map.fitBounds(layer.getBounds(), { padding: [8, 8] });
    (open || []).filter(r => r.lat != null && r.lon != null).forEach(r => {
      const text = r.reference + ': ' + r.serviceName + ', ' + r.status.toLowerCase().replace('_', ' ') + ', ' + r.ageDays + ' d';
      L.circleMarker([r.lat, r.lon], { radius: 7, color: '#8a1c1c', weight: 2, fillOpacity: 0.7 })
        .bindTooltip(text)
        .on('click', () => { window.location.href = r.statusUrl; })
        .addTo(map);
    });
  });
}
