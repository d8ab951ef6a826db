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

	function options(name, cy, start) {
		var common = { animate: false, fit: true, padding: 30, nodeDimensionsIncludeLabels: true };
		if (name === 'concentric') {
			var far = distances(cy, start);
			return Object.assign(common, { name: 'concentric', avoidOverlap: true, minNodeSpacing: 12, startAngle: 3 / 2 * Math.PI,
				levelWidth: function () { return 1; },
				concentric: function (node) { return 100 - (far[node.id()] === undefined ? 99 : far[node.id()]); } });
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

	window.IronTraceLayouts = { NAMES: ['force', 'concentric', 'hierarchy', 'kinds'], options: options };
}());
