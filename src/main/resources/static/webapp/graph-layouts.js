// The link graph's layouts, as Cytoscape.js layout options. Every one sizes nodes with their labels
// (nodeDimensionsIncludeLabels) so that names do not sit on each other, and fits the drawing into
// the canvas. Pinned nodes are locked and stay where the analyst put them.
(function () {
	'use strict';
	// Kinds in the order of the trade: the dealer sells the gun to a buyer, the gun is recovered.
	var RANK = { licensee: 0, gun: 1, person: 2, address: 3, document: 3, ring: 3, recovery: 2, case: 3, group: 4 };

	/** Ties counted from the start over what is drawn (unreached nodes last). */
	function distances(cy, start) {
		var far = {};
		var root = start ? cy.getElementById(start) : cy.collection();
		if (root.nonempty()) {
			cy.elements().not('.off-path').bfs({ roots: root, directed: false, visit: function (node, edge, previous, index, depth) {
				far[node.id()] = depth;
			} });
		}
		return far;
	}

	/**
	 * The circle of each node: nodes further from the start on outer circles, and a distance shared by
	 * many nodes spread over several circles, each holding a few more than the one inside it, so that
	 * a dealer's hundred guns make a disc rather than one ring too wide to read.
	 */
	function circles(cy, far) {
		var ring = {};
		var index = 0;
		var room = 0;
		var depth = null;
		cy.nodes().not('.group').sort(function (a, b) {
			return (far[a.id()] === undefined ? 99 : far[a.id()]) - (far[b.id()] === undefined ? 99 : far[b.id()]);
		}).forEach(function (node) {
			var here = far[node.id()] === undefined ? 99 : far[node.id()];
			if (here !== depth || room === 0) {
				index += depth === null ? 0 : 1;
				room = here === 0 ? 1 : 10 + 6 * index;
				depth = here;
			}
			ring[node.id()] = index;
			room--;
		});
		return ring;
	}

	function options(name, cy, start) {
		var common = { animate: false, fit: true, padding: 30, nodeDimensionsIncludeLabels: true };
		if (name === 'concentric') {
			var ring = circles(cy, distances(cy, start));
			return Object.assign(common, { name: 'concentric', avoidOverlap: true, minNodeSpacing: 12, startAngle: 3 / 2 * Math.PI,
				levelWidth: function () { return 1; },
				concentric: function (node) { return 10000 - (ring[node.id()] || 0); } });
		}
		if (name === 'hierarchy') {
			// Dealers on top, their guns, then buyers and recoveries: a grid by kind in the trade's order,
			// rows wrapped to the canvas's proportions so that a dealer with a hundred guns stays readable.
			var rows = {};
			cy.nodes().not('.group').forEach(function (node) {
				var rank = RANK[node.data('kind')] === undefined ? 4 : RANK[node.data('kind')];
				(rows[rank] = rows[rank] || []).push(node);
			});
			var columns = Math.max(4, Math.ceil(Math.sqrt(cy.nodes().length * 2)));
			var position = {};
			var line = 0;
			Object.keys(rows).sort().forEach(function (rank) {
				rows[rank].forEach(function (node, index) {
					var width = rows[rank].length < columns ? rows[rank].length : columns;
					position[node.id()] = { x: (index % columns - (width - 1) / 2) * 150, y: (line + Math.floor(index / columns)) * 60 };
				});
				line += Math.ceil(rows[rank].length / columns) + 1;
			});
			return Object.assign(common, { name: 'preset', positions: function (node) { return position[node.id()]; } });
		}
		if (name === 'kinds') {
			// Nodes of one kind side by side, kinds in the trade's order.
			return Object.assign(common, { name: 'grid', avoidOverlap: true, avoidOverlapPadding: 8, condense: true,
				sort: function (a, b) {
					return (RANK[a.data('kind')] - RANK[b.data('kind')]) || String(a.data('label')).localeCompare(String(b.data('label')));
				} });
		}
		return Object.assign(common, { name: 'cose', randomize: false, idealEdgeLength: function () { return 90; },
			nodeOverlap: 20, componentSpacing: 80, nodeRepulsion: function () { return 40000; }, numIter: 1500 });
	}

	/**
	 * Moves nodes whose drawings (shape and label) overlap apart, the smaller way each time, until none
	 * does or 100 rounds have passed: a force layout places nodes by their ties and leaves a crowded
	 * star's labels on top of each other. Pinned nodes stay; the other of the pair moves the whole way.
	 */
	function spread(nodes) {
		var items = nodes.filter(function (node) { return !node.isParent(); }).map(function (node) {
			var p = node.position();
			var b = node.boundingBox({ includeLabels: true, includeOverlays: false });
			return { node: node, x: p.x, y: p.y, left: p.x - b.x1, right: b.x2 - p.x, top: p.y - b.y1, bottom: b.y2 - p.y,
				still: node.locked() };
		});
		for (var round = 0; round < 100; round++) {
			var moved = false;
			for (var i = 0; i < items.length; i++) {
				for (var j = i + 1; j < items.length; j++) {
					var a = items[i];
					var b = items[j];
					var across = Math.min(a.x + a.right, b.x + b.right) - Math.max(a.x - a.left, b.x - b.left);
					var down = Math.min(a.y + a.bottom, b.y + b.bottom) - Math.max(a.y - a.top, b.y - b.top);
					if (across <= 0 || down <= 0 || (a.still && b.still)) {
						continue;
					}
					var shareA = a.still ? 0 : (b.still ? 1 : 0.5);
					var horizontal = across < down;
					var gap = (horizontal ? across : down) + 2;
					var sign = horizontal ? (a.x <= b.x ? -1 : 1) : (a.y <= b.y ? -1 : 1);
					a[horizontal ? 'x' : 'y'] += sign * gap * shareA;
					b[horizontal ? 'x' : 'y'] -= sign * gap * (1 - shareA);
					moved = true;
				}
			}
			if (!moved) {
				break;
			}
		}
		nodes.cy().batch(function () {
			items.forEach(function (item) {
				if (!item.still) {
					item.node.position({ x: item.x, y: item.y });
				}
			});
		});
	}

	/** Lays out {@code elements} with the named layout, then calls {@code done} once they stand still. */
	function run(name, cy, elements, start, done) {
		var layout = elements.layout(options(name, cy, start));
		layout.one('layoutstop', function () {
			if (name === 'force') {
				spread(elements.nodes());
				cy.fit(elements, 30);
			}
			if (done) {
				done();
			}
		});
		layout.run();
	}

	window.IronTraceLayouts = { NAMES: ['force', 'concentric', 'hierarchy', 'kinds'], run: run };
}());
