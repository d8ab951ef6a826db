// The link graph page: Cytoscape.js draws the nodes the analyst has opened; the tables below list
// the same nodes and ties and offer every action by keyboard. Words come from the server in the
// #graph-setup block; nothing visible is written here. Every change that alters what is shown
// (expand, filter, group, pin, path) is kept on an undo stack first.
(function () {
	'use strict';
	var setupBlock = document.getElementById('graph-setup');
	var container = document.getElementById('graph-canvas');
	if (!setupBlock || !container || typeof cytoscape !== 'function') {
		return;
	}
	var setup = JSON.parse(setupBlock.textContent);
	var words = setup.words;
	var language = document.documentElement.lang || 'en';
	// Browsers hold no dates for Haitian Creole: they are written as Haiti writes them in French.
	var dates = new Intl.DateTimeFormat(language === 'ht' ? 'fr-HT' : language, { dateStyle: 'medium' });

	// Shape and colour per kind: never colour alone. The same pairs are drawn in the legend.
	var COLOURS = { licensee: '#0b4f8a', person: '#b00020', gun: '#1d6b2f', recovery: '#8a5300',
		address: '#5b2c8a', document: '#00616e', ring: '#3d3d3d', case: '#8e1f6b', group: '#f2f4f7' };
	var SHAPES = { licensee: 'rectangle', person: 'ellipse', gun: 'triangle', recovery: 'diamond',
		address: 'hexagon', document: 'star', ring: 'octagon', case: 'pentagon', group: 'round-rectangle' };
	// The legend's shapes on a 20 x 20 grid, for the SVG drawing.
	var POINTS = { gun: '10,1 19,18 1,18', recovery: '10,1 19,10 10,19 1,10', address: '5,2 15,2 19,10 15,18 5,18 1,10',
		document: '10,1 12.5,7.5 19,7.5 14,11.5 16,18.5 10,14.5 4,18.5 6,11.5 1,7.5 7.5,7.5',
		ring: '6,1 14,1 19,6 19,14 14,19 6,19 1,14 1,6', case: '10,1 19,8 15.5,19 4.5,19 1,8' };
	var UNDO_DEPTH = 30;
	// Opening a node adds at most this many nodes at once; the rest wait behind "show more", so that a
	// dealer with hundreds of guns does not bury what is already drawn.
	var MOST_NEW = 40;

	var status = document.getElementById('graph-status');
	var undoStack = [];
	var current = null;
	// The node the graph was opened on: concentric layouts count ties from it.
	var start = null;
	// Nodes answered but not drawn yet, by the node whose neighbours they are.
	var waiting = {};
	// The filter as last applied (the boxes and date fields may already show the next one).
	var applied = { types: [], from: '', to: '' };

	function say(key) {
		var args = Array.prototype.slice.call(arguments, 1);
		var text = words[key] || key;
		return text.replace(/\{(\d+)\}/g, function (whole, index) {
			return args[index] === undefined ? whole : String(args[index]);
		});
	}

	function announce(text) {
		status.textContent = text;
	}

	var cy = cytoscape({
		container: container,
		elements: [],
		selectionType: 'additive',
		boxSelectionEnabled: true,
		style: [
			{ selector: 'node', style: { 'shape': 'data(shape)', 'background-color': 'data(colour)', 'label': 'data(label)',
				'width': 28, 'height': 28, 'border-width': 1, 'border-color': '#1b1b1b', 'font-size': 10, 'color': '#1b1b1b',
				'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'ellipsis', 'text-max-width': 140,
				'text-background-color': '#ffffff', 'text-background-opacity': 0.85 } },
			{ selector: 'node:selected', style: { 'border-width': 5, 'border-style': 'dashed', 'border-color': '#1b1b1b' } },
			{ selector: 'node.pinned', style: { 'border-width': 6, 'border-style': 'double', 'border-color': '#1b1b1b' } },
			{ selector: 'node.current', style: { 'underlay-color': '#b35900', 'underlay-opacity': 0.9, 'underlay-padding': 8 } },
			{ selector: 'node.group', style: { 'background-opacity': 1, 'border-style': 'dashed', 'border-width': 2,
				'text-valign': 'top', 'text-margin-y': -4 } },
			{ selector: 'edge', style: { 'width': 2, 'line-color': '#6b6b6b', 'target-arrow-shape': 'triangle',
				'target-arrow-color': '#6b6b6b', 'curve-style': 'bezier', 'label': 'data(tie)', 'font-size': 8,
				'text-rotation': 'autorotate', 'color': '#505050', 'text-background-color': '#ffffff', 'text-background-opacity': 0.85 } },
			{ selector: 'edge.on-path', style: { 'line-color': '#b00020', 'target-arrow-color': '#b00020', 'width': 5, 'line-style': 'solid' } },
			{ selector: 'node.on-path', style: { 'border-width': 5, 'border-color': '#b00020' } },
			{ selector: '.filtered', style: { 'display': 'none' } },
			{ selector: '.off-path', style: { 'display': 'none' } }
		],
		layout: { name: 'preset' }
	});

	// ---- changes, each undoable ----

	function snapshot() {
		undoStack.push({
			elements: cy.elements().jsons(),
			types: applied.types.slice(),
			from: applied.from,
			to: applied.to
		});
		if (undoStack.length > UNDO_DEPTH) {
			undoStack.shift();
		}
	}

	function undo() {
		var last = undoStack.pop();
		if (!last) {
			announce(say('nothingToUndo'));
			return;
		}
		cy.elements().remove();
		// Groups before their members, nodes before ties.
		var order = function (json) {
			return json.group === 'edges' ? 2 : (json.data.kind === 'group' ? 0 : 1);
		};
		cy.add(last.elements.slice().sort(function (a, b) { return order(a) - order(b); }));
		document.querySelectorAll('#graph-types input').forEach(function (box) {
			box.checked = last.types.indexOf(box.value) >= 0;
		});
		document.getElementById('date-from').value = last.from;
		document.getElementById('date-to').value = last.to;
		applyFilter();
		if (cy.elements('.on-path').empty()) {
			document.getElementById('graph-path').hidden = true;
		}
		var hiding = cy.elements('.off-path').nonempty();
		document.getElementById('path-only').hidden = hiding;
		document.getElementById('path-all').hidden = !hiding;
		render();
		announce(say('undone') + ' ' + counts());
	}

	function expand(id) {
		var origin = cy.getElementById(id);
		var query = '?node=' + encodeURIComponent(id) + '&types=' + encodeURIComponent(applied.types.join(','));
		if (applied.from) {
			query += '&from=' + applied.from;
		}
		if (applied.to) {
			query += '&to=' + applied.to;
		}
		var name = origin.nonempty() ? origin.data('label') : id;
		announce(say('loading', name));
		fetch(setup.neighbours + query, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
			.then(function (answer) {
				if (!answer.ok) {
					throw new Error(answer.status);
				}
				return answer.json();
			})
			.then(function (graph) {
				if (graph.nodes.length === 0) {
					announce(say('nothing', name));
					return;
				}
				snapshot();
				var around = origin.nonempty() ? origin.position() : { x: 0, y: 0 };
				var itself = addGraph({ nodes: graph.nodes.filter(function (node) { return node.id === graph.focus; }), edges: [] }, around);
				waiting[graph.focus] = { nodes: graph.nodes.filter(function (node) { return cy.getElementById(node.id).empty(); }),
					edges: graph.edges };
				var added = addWaiting(graph.focus, around);
				added.nodes += itself.nodes;
				var focus = cy.getElementById(graph.focus);
				focus.data('expanded', true);
				if (!current) {
					setCurrent(graph.focus);
				}
				if (!start) {
					start = graph.focus;
				}
				arrange();
				applyFilter();
				render();
				announce(say('loaded', focus.data('label'), added.nodes, added.edges) + ' ' + counts() + moreToSay());
			})
			.catch(function () {
				announce(say('error', name));
			});
	}

	/** Draws the next nodes waiting around a node (the node itself first), at most MOST_NEW of them. */
	function addWaiting(id, around) {
		var queue = waiting[id];
		var batch = queue.nodes.splice(0, MOST_NEW);
		var added = addGraph({ nodes: batch, edges: queue.edges }, around);
		if (queue.nodes.length === 0) {
			delete waiting[id];
		}
		showMore();
		return added;
	}

	function waitingCount() {
		return Object.keys(waiting).reduce(function (sum, id) { return sum + waiting[id].nodes.length; }, 0);
	}

	function moreToSay() {
		var count = waitingCount();
		return count > 0 ? ' ' + say('more.waiting', count) : '';
	}

	function showMore() {
		var more = document.getElementById('tool-more');
		var count = waitingCount();
		more.hidden = count === 0;
		more.textContent = say('more.button', Math.min(count, MOST_NEW), count);
	}

	function drawMore() {
		var id = Object.keys(waiting)[0];
		if (!id) {
			return;
		}
		snapshot();
		var origin = cy.getElementById(id);
		var added = addWaiting(id, origin.nonempty() ? origin.position() : { x: 0, y: 0 });
		arrange();
		applyFilter();
		render();
		announce(say('loaded', origin.nonempty() ? origin.data('label') : id, added.nodes, added.edges) + ' ' + counts() + moreToSay());
	}

	function addGraph(graph, around) {
		var nodes = 0;
		var edges = 0;
		var fresh = graph.nodes.filter(function (node) { return cy.getElementById(node.id).empty(); });
		fresh.forEach(function (node, index) {
			var angle = 2 * Math.PI * index / Math.max(1, fresh.length);
			var label = node.label;
			if (node.kind === 'person' && !node.personal) {
				label = say('kind.person') + ' ' + node.label;
			}
			cy.add({ group: 'nodes', data: { id: node.id, kind: node.kind, label: label, detail: node.detail || '',
				date: node.date || '', personal: node.personal, shape: SHAPES[node.kind], colour: COLOURS[node.kind] },
				position: { x: around.x + 160 * Math.cos(angle), y: around.y + 160 * Math.sin(angle) } });
			nodes++;
			if (node.personal) {
				var notice = document.getElementById('graph-personal');
				notice.textContent = say('personal');
				notice.hidden = false;
			}
		});
		graph.edges.forEach(function (edge) {
			var id = edge.source + '|' + edge.kind + '|' + edge.target;
			if (cy.getElementById(id).empty() && cy.getElementById(edge.source).nonempty() && cy.getElementById(edge.target).nonempty()) {
				cy.add({ group: 'edges', data: { id: id, source: edge.source, target: edge.target, kind: edge.kind,
					tie: words['edge.' + edge.kind] || edge.kind.toLowerCase().replace(/_/g, ' '), detail: edge.detail || '', date: edge.date || '' } });
				edges++;
			}
		});
		return { nodes: nodes, edges: edges };
	}

	function arrange(done) {
		IronTraceLayouts.run(document.getElementById('graph-layout').value, cy, cy.elements().not('.off-path'), start, done);
	}

	function layoutChosen() {
		var choice = document.getElementById('graph-layout');
		arrange(function () {
			announce(say('laidOut', choice.options[choice.selectedIndex].text));
		});
	}

	function checkedTypes() {
		return Array.prototype.map.call(document.querySelectorAll('#graph-types input:checked'), function (box) { return box.value; });
	}

	function applyFilter() {
		var types = checkedTypes();
		var from = document.getElementById('date-from').value;
		var to = document.getElementById('date-to').value;
		applied = { types: types, from: from, to: to };
		cy.nodes().forEach(function (node) {
			var kind = node.data('kind');
			var date = node.data('date');
			// The path found stays drawn whatever the filter: hiding a step would break it.
			var out = kind !== 'group' && !node.hasClass('on-path') && (types.indexOf(kind) < 0 || (date && ((from && date < from) || (to && date > to))));
			node.toggleClass('filtered', !!out);
		});
		cy.edges().forEach(function (edge) {
			edge.toggleClass('filtered', edge.source().hasClass('filtered') || edge.target().hasClass('filtered'));
		});
	}

	function filterChanged() {
		snapshot();
		applyFilter();
		render();
		announce(say('filtered', shownNodes().length, shownEdges().length));
	}

	function selectedNodes() {
		return cy.nodes(':selected').filter(function (node) { return node.data('kind') !== 'group'; });
	}

	function findPath() {
		var chosen = selectedNodes();
		if (chosen.length !== 2) {
			announce(say('needTwo'));
			return;
		}
		var from = chosen[0];
		var to = chosen[1];
		announce(say('pathLooking', from.data('label'), to.data('label')));
		fetch(setup.path + '?from=' + encodeURIComponent(from.id()) + '&to=' + encodeURIComponent(to.id()),
			{ credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
			.then(function (answer) {
				if (!answer.ok) {
					throw new Error(answer.status);
				}
				return answer.json();
			})
			.then(function (path) {
				if (!path.found) {
					announce(say(path.cutShort ? 'noPathSearched' : 'noPath', from.data('label'), to.data('label'), path.mostSteps));
					return;
				}
				snapshot();
				showEverything();
				cy.elements().removeClass('on-path');
				var added = addGraph(path, from.position());
				path.nodes.forEach(function (node) { cy.getElementById(node.id).addClass('on-path'); });
				path.edges.forEach(function (edge) { cy.getElementById(edge.source + '|' + edge.kind + '|' + edge.target).addClass('on-path'); });
				if (added.nodes > 0) {
					arrange();
				}
				applyFilter();
				listPath(path);
				render();
				announce(say('path', path.steps, path.nodes.map(function (node) { return cy.getElementById(node.id).data('label'); }).join(' → ')));
			})
			.catch(function () {
				announce(say('pathError', from.data('label'), to.data('label')));
			});
	}

	function listPath(path) {
		var steps = document.getElementById('graph-path-steps');
		steps.textContent = '';
		path.nodes.forEach(function (node, index) {
			var element = cy.getElementById(node.id);
			var item = document.createElement('li');
			item.textContent = element.data('label') + ' (' + say('kind.' + element.data('kind')) + ')';
			steps.appendChild(item);
			var edge = path.edges[index];
			if (edge) {
				var tie = document.createElement('li');
				tie.className = 'tie';
				tie.textContent = '— ' + cy.getElementById(edge.source + '|' + edge.kind + '|' + edge.target).data('tie') + ' —';
				steps.appendChild(tie);
			}
		});
		document.getElementById('graph-path').hidden = false;
		document.getElementById('path-only').hidden = false;
		document.getElementById('path-all').hidden = true;
	}

	/** Hides everything but the path found; "show everything" brings the rest back where it was. */
	function pathOnly() {
		cy.elements().not('.on-path').addClass('off-path');
		cy.fit(cy.elements('.on-path'), 40);
		document.getElementById('path-only').hidden = true;
		document.getElementById('path-all').hidden = false;
		document.getElementById('path-all').focus();
		render();
		announce(say('pathOnlyShown', cy.nodes('.on-path').length));
	}

	function showEverything() {
		var hidden = cy.elements('.off-path');
		hidden.removeClass('off-path');
		document.getElementById('path-only').hidden = false;
		document.getElementById('path-all').hidden = true;
		return hidden.length;
	}

	/** A node chosen in the picker beside the drawing: drawn (alone) if it is not yet, and selected. */
	function addPicked(pick) {
		var node = cy.getElementById(pick.id);
		if (node.empty()) {
			snapshot();
			var box = cy.nodes().nonempty() ? cy.nodes().boundingBox() : { x2: 0, y1: 0 };
			addGraph({ nodes: [{ id: pick.id, kind: pick.kind, label: pick.label, detail: pick.detail, personal: pick.personal }], edges: [] },
				{ x: box.x2 + 80, y: box.y1 });
			node = cy.getElementById(pick.id);
			cy.fit(cy.nodes().not('.off-path'), 30);
		}
		node.removeClass('filtered off-path');
		node.select();
		setCurrent(pick.id);
		render();
		announce(say('picked', node.data('label'), selectedNodes().length));
	}

	// The drawing is offered for reading too, so that its layout can be checked from outside.
	window.IronTraceGraph = { addPicked: addPicked, cy: cy };

	function group() {
		var chosen = selectedNodes();
		if (chosen.length === 0) {
			announce(say('needSelection'));
			return;
		}
		snapshot();
		var number = cy.nodes('.group').length + 1;
		while (cy.getElementById('group:' + number).nonempty()) {
			number++;
		}
		var id = 'group:' + number;
		cy.add({ group: 'nodes', data: { id: id, kind: 'group', label: say('groupLabel', number), detail: '', date: '',
			shape: SHAPES.group, colour: COLOURS.group }, classes: 'group' });
		chosen.move({ parent: id });
		render();
		announce(say('grouped', chosen.length));
	}

	function pin(locked) {
		var chosen = selectedNodes();
		if (chosen.length === 0) {
			announce(say('needSelection'));
			return;
		}
		snapshot();
		if (locked) {
			chosen.lock().addClass('pinned');
		}
		else {
			chosen.unlock().removeClass('pinned');
		}
		render();
		announce(say(locked ? 'pinned' : 'unpinned', chosen.length));
	}

	// ---- pictures ----

	function offer(id, href, fileName, text) {
		var place = document.getElementById('graph-exported');
		place.textContent = '';
		var link = document.createElement('a');
		link.id = id;
		link.href = href;
		link.download = fileName;
		link.textContent = text;
		place.appendChild(link);
		link.focus();
	}

	function exportPng() {
		offer('download-png', cy.png({ output: 'base64uri', full: true, bg: '#ffffff', scale: 2 }), 'link-graph.png', say('downloadPng'));
		announce(say('pngReady'));
	}

	function escapeXml(text) {
		return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
	}

	/** The drawing as SVG, written from the nodes' positions: shapes and colours as on screen, labels in words. */
	function svgDrawing() {
		var shown = cy.elements().not('.filtered');
		var box = shown.boundingBox();
		var pad = 40;
		var width = Math.ceil(box.w + 2 * pad);
		var height = Math.ceil(box.h + 2 * pad);
		var x = function (value) { return (value - box.x1 + pad).toFixed(1); };
		var y = function (value) { return (value - box.y1 + pad).toFixed(1); };
		var out = ['<svg xmlns="http://www.w3.org/2000/svg" width="' + width + '" height="' + height + '" viewBox="0 0 ' + width + ' ' + height
			+ '" font-family="sans-serif"><title>' + escapeXml(document.title) + '</title><rect width="100%" height="100%" fill="#ffffff"/>'];
		shown.nodes('.group').forEach(function (node) {
			var b = node.boundingBox({ includeLabels: false });
			out.push('<rect x="' + x(b.x1) + '" y="' + y(b.y1) + '" width="' + b.w.toFixed(1) + '" height="' + b.h.toFixed(1)
				+ '" rx="8" fill="' + COLOURS.group + '" stroke="#1b1b1b" stroke-dasharray="6 4"/><text x="' + x(b.x1 + 4) + '" y="'
				+ y(b.y1 - 4) + '" font-size="10">' + escapeXml(node.data('label')) + '</text>');
		});
		shown.edges().forEach(function (edge) {
			var a = edge.source().position();
			var b = edge.target().position();
			var colour = edge.hasClass('on-path') ? '#b00020' : '#6b6b6b';
			out.push('<line x1="' + x(a.x) + '" y1="' + y(a.y) + '" x2="' + x(b.x) + '" y2="' + y(b.y) + '" stroke="' + colour
				+ '" stroke-width="' + (edge.hasClass('on-path') ? 5 : 2) + '"><title>' + escapeXml(edge.data('tie')) + '</title></line>'
				+ '<text x="' + x((a.x + b.x) / 2) + '" y="' + y((a.y + b.y) / 2) + '" font-size="8" fill="#505050" text-anchor="middle">'
				+ escapeXml(edge.data('tie')) + '</text>');
		});
		shown.nodes().not('.group').forEach(function (node) {
			var p = node.position();
			var kind = node.data('kind');
			var move = 'transform="translate(' + (x(p.x) - 14) + ' ' + (y(p.y) - 14) + ') scale(1.4)"';
			var paint = 'fill="' + COLOURS[kind] + '" stroke="#1b1b1b"';
			var shape = kind === 'person' ? '<circle cx="10" cy="10" r="9" ' + paint + '/>'
				: kind === 'licensee' ? '<rect x="1" y="1" width="18" height="18" ' + paint + '/>'
					: '<polygon points="' + POINTS[kind] + '" ' + paint + '/>';
			out.push('<g ' + move + '><title>' + escapeXml(say('kind.' + kind) + ': ' + node.data('label')) + '</title>' + shape + '</g>'
				+ '<text x="' + x(p.x) + '" y="' + y(p.y + 28) + '" font-size="10" text-anchor="middle" fill="#1b1b1b">'
				+ escapeXml(node.data('label')) + '</text>');
		});
		out.push('</svg>');
		return out.join('');
	}

	function exportSvg() {
		var url = URL.createObjectURL(new Blob([svgDrawing()], { type: 'image/svg+xml' }));
		offer('download-svg', url, 'link-graph.svg', say('downloadSvg'));
		announce(say('svgReady'));
	}

	// ---- the tables: the same nodes and ties, with every action ----

	function shownNodes() {
		return cy.nodes().not('.filtered').not('.off-path');
	}

	function shownEdges() {
		return cy.edges().not('.filtered').not('.off-path');
	}

	function counts() {
		return say('counts', shownNodes().length, shownEdges().length);
	}

	function formatDate(date) {
		return date ? dates.format(new Date(date + 'T00:00:00')) : '';
	}

	function cell(row, text, header) {
		var element = document.createElement(header ? 'th' : 'td');
		if (header) {
			element.scope = 'row';
		}
		element.textContent = text;
		row.appendChild(element);
		return element;
	}

	function button(text, label, action) {
		var element = document.createElement('button');
		element.type = 'button';
		element.textContent = text;
		element.setAttribute('aria-label', label);
		element.dataset.action = action;
		return element;
	}

	function render() {
		var nodeBody = document.querySelector('#graph-nodes tbody');
		var edgeBody = document.querySelector('#graph-edges tbody');
		var focused = document.activeElement;
		var refocus = focused && focused.closest && focused.closest('#graph-nodes') && focused.dataset.action
			? { id: focused.closest('tr').dataset.id, action: focused.dataset.action } : null;
		nodeBody.textContent = '';
		edgeBody.textContent = '';
		shownNodes().forEach(function (node) {
			var row = document.createElement('tr');
			row.dataset.id = node.id();
			row.dataset.kind = node.data('kind');
			row.classList.toggle('is-current', node.id() === current);
			row.classList.toggle('is-selected', node.selected());
			cell(row, say('kind.' + node.data('kind')));
			cell(row, node.data('label'), true);
			cell(row, node.data('detail'));
			cell(row, formatDate(node.data('date')));
			var states = [];
			if (node.selected()) {
				states.push(say('state.selected'));
			}
			if (node.locked()) {
				states.push(say('state.pinned'));
			}
			if (node.data('expanded')) {
				states.push(say('state.expanded'));
			}
			if (node.hasClass('on-path')) {
				states.push(say('state.onPath'));
			}
			if (node.parent().nonempty()) {
				states.push(node.parent().data('label'));
			}
			cell(row, states.join(', ')).className = 'state';
			var actions = cell(row, '');
			var select = button(say('select'), say('selectLabel', node.data('label')), 'select');
			select.setAttribute('aria-pressed', node.selected() ? 'true' : 'false');
			actions.appendChild(select);
			if (node.data('kind') !== 'group') {
				actions.appendChild(button(say('expand'), say('expandLabel', node.data('label')), 'expand'));
			}
			nodeBody.appendChild(row);
		});
		shownEdges().forEach(function (edge) {
			var row = document.createElement('tr');
			row.dataset.id = edge.id();
			row.dataset.kind = edge.data('kind');
			cell(row, edge.source().data('label'));
			cell(row, edge.data('tie'), true);
			cell(row, edge.target().data('label'));
			cell(row, edge.data('detail'));
			cell(row, formatDate(edge.data('date')));
			edgeBody.appendChild(row);
		});
		document.getElementById('graph-nodes-caption').textContent = say('nodesCaption', shownNodes().length);
		document.getElementById('graph-edges-caption').textContent = say('edgesCaption', shownEdges().length);
		if (refocus) {
			var again = Array.prototype.find.call(nodeBody.querySelectorAll('tr'), function (row) { return row.dataset.id === refocus.id; });
			var target = again && again.querySelector('[data-action="' + refocus.action + '"]');
			if (target) {
				target.focus();
			}
		}
	}

	function toggleSelection(id) {
		var node = cy.getElementById(id);
		if (node.selected()) {
			node.unselect();
			announce(say('unselectedOne', node.data('label')));
		}
		else {
			node.select();
			announce(say('selectedOne', node.data('label')));
		}
		render();
	}

	function setCurrent(id) {
		cy.nodes('.current').removeClass('current');
		current = id;
		if (id) {
			cy.getElementById(id).addClass('current');
		}
	}

	function moveCurrent(step) {
		var order = shownNodes();
		if (order.length === 0) {
			return;
		}
		var index = -1;
		order.forEach(function (node, i) {
			if (node.id() === current) {
				index = i;
			}
		});
		var next = order[(index + step + order.length) % order.length];
		setCurrent(next.id());
		render();
		announce(say('current', next.data('label') + ' (' + say('kind.' + next.data('kind')) + ')'));
	}

	// ---- wiring ----

	cy.on('dbltap', 'node', function (event) {
		if (event.target.data('kind') !== 'group') {
			expand(event.target.id());
		}
	});
	cy.on('tap', 'node', function (event) {
		setCurrent(event.target.id());
	});
	cy.on('select unselect', function () {
		render();
	});

	container.addEventListener('keydown', function (event) {
		var node = current ? cy.getElementById(current) : null;
		if (event.key === 'ArrowRight' || event.key === 'ArrowDown') {
			moveCurrent(1);
		}
		else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') {
			moveCurrent(-1);
		}
		else if (event.key === ' ' && node && node.nonempty()) {
			toggleSelection(current);
		}
		else if (event.key === 'Enter') {
			expandChosen();
		}
		else {
			return;
		}
		event.preventDefault();
	});

	function expandChosen() {
		var node = current ? cy.getElementById(current) : null;
		if (node && node.nonempty() && node.data('kind') !== 'group') {
			expand(current);
			return;
		}
		var chosen = selectedNodes();
		if (chosen.length === 0) {
			announce(say('needSelection'));
		}
		chosen.forEach(function (each) { expand(each.id()); });
	}

	document.querySelector('#graph-nodes tbody').addEventListener('click', function (event) {
		var target = event.target.closest('button');
		if (!target) {
			return;
		}
		var id = target.closest('tr').dataset.id;
		setCurrent(id);
		if (target.dataset.action === 'select') {
			toggleSelection(id);
		}
		else if (target.dataset.action === 'expand') {
			expand(id);
		}
	});
	document.querySelectorAll('#graph-types input').forEach(function (box) {
		box.addEventListener('change', filterChanged);
	});
	document.getElementById('apply-dates').addEventListener('click', filterChanged);
	document.getElementById('tool-expand').addEventListener('click', expandChosen);
	document.getElementById('tool-path').addEventListener('click', findPath);
	document.getElementById('tool-more').addEventListener('click', drawMore);
	document.getElementById('graph-layout').addEventListener('change', layoutChosen);
	document.getElementById('path-only').addEventListener('click', pathOnly);
	document.getElementById('path-all').addEventListener('click', function () {
		showEverything();
		cy.fit(cy.elements().not('.filtered'), 30);
		render();
		announce(say('everythingShown') + ' ' + counts());
	});
	document.getElementById('tool-group').addEventListener('click', group);
	document.getElementById('tool-pin').addEventListener('click', function () { pin(true); });
	document.getElementById('tool-unpin').addEventListener('click', function () { pin(false); });
	document.getElementById('tool-undo').addEventListener('click', undo);
	document.getElementById('tool-png').addEventListener('click', exportPng);
	document.getElementById('tool-svg').addEventListener('click', exportSvg);

	applyFilter();
	render();
	if (setup.focus) {
		expand(setup.focus);
	}
}());
