// Moves the progress bar of a running upload by asking the server how far the import has read,
// and shows the report once it is done. Without this script the page refreshes itself instead.
document.addEventListener('DOMContentLoaded', function () {
	var block = document.querySelector('[data-progress-url]');
	if (!block) {
		return;
	}
	var url = block.getAttribute('data-progress-url');
	var bar = document.getElementById('upload-progress');
	// An upload waiting for a free import place says so; the page is read again once it begins.
	var waiting = block.getAttribute('data-waiting') === 'true';
	var poll = function () {
		fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
			.then(function (answer) { return answer.json(); })
			.then(function (progress) {
				bar.value = progress.percent;
				bar.textContent = progress.percent + ' %';
				if (progress.state === 'RUNNING' && progress.waiting === waiting) {
					setTimeout(poll, 700);
				} else {
					window.location.reload();
				}
			})
			.catch(function () { setTimeout(poll, 2000); });
	};
	setTimeout(poll, 500);
});
