// Draws the dashboard's charts from the figures the server counted (the JSON block
// #dashboard-data), in the page's language: every title, axis name and legend comes from the
// server's words, every number is formatted with Intl.NumberFormat for the page's language.
// Colour is never alone: series differ by line style and symbol, bars carry their figure and
// ECharts' decal patterns, and every chart has its table right below it.
(function () {
	'use strict';

	var BLUE = '#0b4f8a';   // 8.6:1 on white
	var ORANGE = '#a34700'; // 5.9:1 on white
	var GREEN = '#1d6b2f';  // 6.6:1 on white

	function start() {
		var block = document.getElementById('dashboard-data');
		if (!block || typeof echarts === 'undefined') {
			return;
		}
		var data = JSON.parse(block.textContent);
		var words = data.words;
		// Browsers hold no figures for Haitian Creole: they are written as Haiti writes them in French.
		var number = new Intl.NumberFormat(data.lang === 'ht' ? 'fr-HT' : data.lang);
		var figures = data.figures;
		var charts = [];

		function draw(name, option) {
			var element = document.querySelector('[data-chart="' + name + '"]');
			if (!element) {
				return;
			}
			var chart = echarts.init(element, null, { renderer: 'canvas', locale: data.lang === 'es' ? 'ES' : data.lang === 'fr' ? 'FR' : 'EN' });
			// ECharts draws decal patterns only with aria on; its own generated description is
			// left off, so the chart keeps the page's translated aria-label.
			option.aria = { enabled: true, label: { enabled: false }, decal: { show: true } };
			option.animation = false;
			option.textStyle = { fontFamily: 'system-ui, sans-serif', color: '#1b1b1b' };
			option.tooltip = option.tooltip || { trigger: 'axis', valueFormatter: figure };
			chart.setOption(option);
			element.setAttribute('data-drawn', 'true');
			charts.push(chart);
		}

		// A figure withheld to protect an agency's small count comes as null: named so, never as 0.
		function figure(v) {
			return v === null || v === undefined || v === '-' ? words.suppressed : number.format(v);
		}

		function countAxis() {
			return { type: 'value', name: words.count, nameLocation: 'middle', nameGap: 48,
				axisLabel: { formatter: function (v) { return number.format(v); }, color: '#1b1b1b' } };
		}

		function bars(name, groups, labelOf, color) {
			var labels = groups.map(labelOf).reverse();
			var values = groups.map(function (g) { return g.count; }).reverse();
			draw(name, {
				grid: { left: 150, right: 70, top: 10, bottom: 60 },
				xAxis: countAxis(),
				yAxis: { type: 'category', data: labels, axisLabel: { color: '#1b1b1b', width: 140, overflow: 'truncate' } },
				series: [{ type: 'bar', data: values, itemStyle: { color: color, borderColor: '#1b1b1b', borderWidth: 1 },
					label: { show: true, position: 'right', color: '#1b1b1b', formatter: function (p) { return figure(p.value); } } }]
			});
		}

		draw('overTime', {
			grid: { left: 80, right: 20, top: 50, bottom: 70 },
			legend: { top: 0, data: [words.recovered, words.traced], textStyle: { color: '#1b1b1b' } },
			xAxis: { type: 'category', name: words.month, nameLocation: 'middle', nameGap: 40,
				data: figures.months.map(function (m) { return m.month; }), axisLabel: { color: '#1b1b1b' } },
			yAxis: countAxis(),
			series: [
				{ name: words.recovered, type: 'line', data: figures.months.map(function (m) { return m.recovered; }),
					itemStyle: { color: BLUE }, lineStyle: { width: 3, type: 'solid' }, symbol: 'circle', symbolSize: 7 },
				{ name: words.traced, type: 'line', data: figures.months.map(function (m) { return m.traced; }),
					itemStyle: { color: ORANGE }, lineStyle: { width: 3, type: 'dashed' }, symbol: 'triangle', symbolSize: 9 }
			]
		});

		bars('origin', [
			{ key: words.usSourced, count: figures.usSourced },
			{ key: words.notUsSourced, count: figures.established === null || figures.usSourced === null ? null
				: figures.established - figures.usSourced }
		], function (g) { return g.key; }, BLUE);
		bars('sourceStates', data.topSourceStates, function (g) { return g.key; }, ORANGE);
		bars('makers', figures.makers, function (g) { return g.key; }, BLUE);
		bars('calibres', figures.calibres, function (g) { return g.key; }, GREEN);
		bars('firearmTypes', data.firearmTypes, function (g) { return g.name; }, GREEN);
		bars('criminalGroups', data.criminalGroups, function (g) { return g.name; }, BLUE);
		bars('timeToCrime', data.timeToCrime, function (g) { return words['ttc' + g.key]; }, ORANGE);

		window.addEventListener('resize', function () {
			charts.forEach(function (chart) { chart.resize(); });
		});
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', start);
	}
	else {
		start();
	}
}());
