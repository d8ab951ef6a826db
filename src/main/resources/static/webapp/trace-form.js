// The obliterated-serial part of the trace form shows only when the box is ticked. Without this
// script the part stays visible, and the form works the same.
document.addEventListener('DOMContentLoaded', function () {
	document.querySelectorAll('[data-reveal-when]').forEach(function (part) {
		var box = document.getElementById(part.getAttribute('data-reveal-when'));
		if (!box) {
			return;
		}
		var show = function () {
			part.hidden = !box.checked;
		};
		box.addEventListener('change', show);
		show();
	});
});

// The place of recovery suggests the divisions of the country typed above it: Jamaica's "01" is
// Kingston and the Dominican Republic's is the Distrito Nacional, so a list of the wrong country
// would send a right-looking, wrong code. No country typed: the agency's own country's list; a
// country whose divisions are not listed: no suggestions. Without this script the page keeps the
// list it was drawn with, and the server reads a typed name within the country either way.
document.addEventListener('DOMContentLoaded', function () {
	var country = document.getElementById('country');
	var place = document.getElementById('adminArea');
	var home = document.querySelector('datalist[data-home]');
	if (!country || !place || !home) {
		return;
	}
	var follow = function () {
		var code = country.value.trim().toUpperCase();
		var list = code === '' ? home : document.querySelector('datalist[data-country="' + code.replace(/[^A-Z]/g, '') + '"]');
		if (list) {
			place.setAttribute('list', list.id);
		} else {
			place.removeAttribute('list');
		}
	};
	country.addEventListener('input', follow);
	country.addEventListener('change', follow);
	follow();
});
