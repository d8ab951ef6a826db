// Moves the keyboard and screen-reader focus to the error summary when a form comes back with
// problems, so they are heard first. Pages work the same without it.
document.addEventListener('DOMContentLoaded', function () {
	var summary = document.querySelector('[data-error-summary]');
	if (summary) {
		summary.focus();
	}
});
