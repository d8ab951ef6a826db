// The graph page's pickers: a text box that suggests the nodes matching what is typed (people,
// dealers, rings, guns, recoveries and incidents the caller may see), chosen with the arrow keys and
// Enter or with a click, as a WAI-ARIA combobox. The start picker opens the graph on the node chosen;
// the picker beside the drawing hands its choice to the graph script (IronTraceGraph.addPicked).
(function () {
	'use strict';
	var setupBlock = document.getElementById('graph-setup');
	if (!setupBlock) {
		return;
	}
	var setup = JSON.parse(setupBlock.textContent);
	var words = setup.words;

	function say(key) {
		var args = Array.prototype.slice.call(arguments, 1);
		return (words[key] || key).replace(/\{(\d+)\}/g, function (whole, index) {
			return args[index] === undefined ? whole : String(args[index]);
		});
	}

	function describe(pick) {
		var parts = [say('kind.' + pick.kind)];
		if (pick.detail) {
			parts.push(pick.detail);
		}
		if (pick.incident) {
			parts.push(say('pick.incident', pick.incident));
		}
		return parts.join(' · ');
	}

	function picker(input, choose) {
		var list = document.getElementById(input.getAttribute('aria-controls'));
		var told = document.getElementById(input.id + '-told');
		var picks = [];
		var active = -1;
		var asked = 0;
		var timer = null;

		function close() {
			list.hidden = true;
			input.setAttribute('aria-expanded', 'false');
			input.removeAttribute('aria-activedescendant');
			active = -1;
		}

		function show() {
			list.textContent = '';
			picks.forEach(function (pick, index) {
				var option = document.createElement('li');
				option.id = input.id + '-pick-' + index;
				option.setAttribute('role', 'option');
				option.dataset.id = pick.id;
				option.setAttribute('aria-selected', index === active ? 'true' : 'false');
				var label = document.createElement('span');
				label.className = 'pick-label';
				label.textContent = pick.label;
				var detail = document.createElement('span');
				detail.className = 'pick-detail';
				detail.textContent = describe(pick);
				option.appendChild(label);
				option.appendChild(detail);
				option.addEventListener('mousedown', function (event) {
					event.preventDefault();
					pickAt(index);
				});
				list.appendChild(option);
			});
			list.hidden = picks.length === 0;
			input.setAttribute('aria-expanded', picks.length === 0 ? 'false' : 'true');
			if (active >= 0) {
				input.setAttribute('aria-activedescendant', input.id + '-pick-' + active);
				document.getElementById(input.id + '-pick-' + active).scrollIntoView({ block: 'nearest' });
			}
			else {
				input.removeAttribute('aria-activedescendant');
			}
		}

		function pickAt(index) {
			var pick = picks[index];
			close();
			told.textContent = '';
			input.value = pick.label;
			choose(pick);
		}

		function ask() {
			var text = input.value.trim();
			if (text.length < setup.shortest) {
				picks = [];
				close();
				told.textContent = '';
				return;
			}
			var mine = ++asked;
			fetch(setup.picks + '?match=' + encodeURIComponent(text), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
				.then(function (answer) {
					if (!answer.ok) {
						throw new Error(answer.status);
					}
					return answer.json();
				})
				.then(function (found) {
					if (mine !== asked) {
						return;
					}
					picks = found;
					active = -1;
					show();
					told.textContent = found.length === 0 ? say('pick.none', text) : say('pick.count', found.length);
				})
				.catch(function () {
					told.textContent = say('pick.error');
				});
		}

		input.addEventListener('input', function () {
			clearTimeout(timer);
			timer = setTimeout(ask, 250);
		});
		input.addEventListener('keydown', function (event) {
			if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
				if (picks.length === 0) {
					return;
				}
				active = (active + (event.key === 'ArrowDown' ? 1 : -1) + picks.length) % picks.length;
				show();
			}
			else if (event.key === 'Enter' && active >= 0 && !list.hidden) {
				pickAt(active);
			}
			else if (event.key === 'Escape' && !list.hidden) {
				close();
			}
			else {
				return;
			}
			event.preventDefault();
		});
		input.addEventListener('blur', close);
	}

	var start = document.getElementById('focus');
	if (start) {
		picker(start, function (pick) {
			window.location.assign(start.form.action + '?focus=' + encodeURIComponent(pick.id));
		});
	}
	var add = document.getElementById('graph-add');
	if (add) {
		picker(add, function (pick) {
			if (window.IronTraceGraph) {
				window.IronTraceGraph.addPicked(pick);
			}
		});
	}
}());
