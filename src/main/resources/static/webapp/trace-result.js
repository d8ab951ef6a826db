// The print button prints the page (its print stylesheet leaves out navigation and buttons). It
// stays hidden without this script; the PDF link does the same job without it.
document.addEventListener('DOMContentLoaded', function () {
	var button = document.querySelector('[data-print]');
	if (button) {
		button.hidden = false;
		button.addEventListener('click', function () {
			window.print();
		});
	}
});
