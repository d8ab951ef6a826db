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
