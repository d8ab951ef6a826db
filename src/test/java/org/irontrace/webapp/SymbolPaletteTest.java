package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The colours the chart, map and graph scripts draw with, read from the scripts and style sheets as
 * served: every symbol keeps 3:1 against each background it can be drawn on (WCAG 2.1, 1.4.11), and
 * no series or kind is told apart by colour alone (1.4.1). axe-core cannot see inside a canvas or a
 * map, so these are checked here. A symbol passes on a background when at least one of the colours
 * it is painted with (its fill or its outline, after their opacity) reaches 3:1 there.
 */
class SymbolPaletteTest {

	static final String WHITE = "#ffffff";

	@Test
	void dashboardSeriesStandOutOnWhiteAndDifferByLineSymbolAndPattern() {
		String script = asset("dashboard.js");
		Map<String, String> series = named(script, "var (\\w+) = '(#[0-9a-fA-F]{6})';");
		assertThat(series).as("the dashboard's series colours").hasSizeGreaterThanOrEqualTo(3);
		series.forEach((name, colour) -> assertThat(Contrast.ratio(colour, WHITE)).as(name + " " + colour + " on white")
			.isGreaterThanOrEqualTo(Contrast.SYMBOLS));
		assertThat(script).as("bars carry ECharts' decal patterns").contains("decal: { show: true }");
		List<String> symbols = all(script, "symbol: '(\\w+)'");
		List<String> lines = all(script, "lineStyle: \\{[^}]*type: '(\\w+)'");
		assertThat(symbols).as("each line series has its own symbol").hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates();
		assertThat(lines).as("each line series has its own dash").hasSameSizeAs(symbols).doesNotHaveDuplicates();
	}

	@Test
	void graphKindsStandOutOnWhiteAndInsideGroupsAndEachHasItsOwnShape() {
		String script = asset("graph.js");
		Map<String, String> colours = named(block(script, "var COLOURS = {"), "(\\w+): '(#[0-9a-fA-F]{6})'");
		Map<String, String> shapes = named(block(script, "var SHAPES = {"), "(\\w+): '([\\w-]+)'");
		assertThat(shapes.keySet()).as("every kind has a shape").isEqualTo(colours.keySet());
		assertThat(new ArrayList<>(shapes.values())).as("no two kinds share a shape").doesNotHaveDuplicates();
		// A group is drawn as a light box around its members; its dark dashed outline is what marks it.
		String group = colours.remove("group");
		String outline = one(script, "selector: 'node', style: \\{[^}]*'border-color': '(#[0-9a-fA-F]{6})'");
		assertThat(Contrast.ratio(outline, WHITE)).as("the nodes' outline on white").isGreaterThanOrEqualTo(Contrast.SYMBOLS);
		assertThat(Contrast.ratio(outline, group)).as("a group's outline on its box").isGreaterThanOrEqualTo(Contrast.SYMBOLS);
		colours.forEach((kind, colour) -> {
			assertThat(Contrast.ratio(colour, WHITE)).as(kind + " " + colour + " on white").isGreaterThanOrEqualTo(Contrast.SYMBOLS);
			assertThat(Contrast.ratio(colour, group)).as(kind + " " + colour + " inside a group").isGreaterThanOrEqualTo(Contrast.SYMBOLS);
		});
		all(script, "'line-color': '(#[0-9a-fA-F]{6})'").forEach(tie -> assertThat(Contrast.ratio(tie, WHITE))
			.as("tie " + tie + " on white").isGreaterThanOrEqualTo(Contrast.SYMBOLS));
		Matcher current = Pattern.compile("'underlay-color': '(#[0-9a-fA-F]{6})', 'underlay-opacity': ([0-9.]+)").matcher(script);
		assertThat(current.find()).as("the keyboard's current node is marked").isTrue();
		assertThat(Contrast.ratio(Contrast.over(current.group(1), Double.parseDouble(current.group(2)), WHITE), WHITE))
			.as("the current node's halo on white").isGreaterThanOrEqualTo(Contrast.SYMBOLS);
		Map<String, String> legend = named(asset("graph.css"), "\\.kind-(\\w+) \\{ fill: (#[0-9a-fA-F]{6}); \\}");
		assertThat(legend).as("the legend draws each kind as the graph does").isEqualTo(colours);
	}

	@Test
	void mapSymbolsStandOutOnEveryShadeTheyCanSitOnAndDifferByMoreThanColour() {
		String script = asset("map.js");
		List<String> blues = all(block(script, "var BLUES = ["), "'(#[0-9a-fA-F]{6})'");
		List<String> oranges = all(block(script, "var ORANGES = ["), "'(#[0-9a-fA-F]{6})'");
		List<String> greens = all(block(script, "var GREENS = ["), "'(#[0-9a-fA-F]{6})'");
		List<String> grounds = new ArrayList<>(List.of(WHITE));
		grounds.addAll(blues);
		grounds.addAll(oranges);
		grounds.addAll(greens);
		List<Map<String, String>> symbols = options(script, "L\\.(?:circleMarker|polyline)\\([^{]*\\{([^}]*)\\}");
		assertThat(symbols).as("places, points and flows").hasSizeGreaterThanOrEqualTo(3);
		for (Map<String, String> symbol : symbols) {
			for (String ground : grounds) {
				assertThat(bestContrast(symbol, ground)).as(symbol + " on " + ground).isGreaterThanOrEqualTo(Contrast.SYMBOLS);
			}
		}
		// Regions: the sea is white; every region keeps its outline and has its figure written on it.
		for (String outline : all(script, "L\\.geoJSON\\(feature, \\{ style: \\{ color: '(#[0-9a-fA-F]{6})'")) {
			assertThat(Contrast.ratio(outline, WHITE)).as("region outline " + outline).isGreaterThanOrEqualTo(Contrast.SYMBOLS);
		}
		assertThat(script).as("states are dashed, countries are not").contains("dashArray");
		assertThat(script).as("each shaded region carries its figure").contains("label(layer, code + ' ' + number.format(count)");
		assertThat(symbols.stream().map(symbol -> symbol.get("weight")).distinct().count())
			.as("places (thick rings), points (small dots) and flows differ by outline, not colour alone").isGreaterThanOrEqualTo(2);
		String css = asset("map.css");
		assertThat(one(css, "\\.swatch-country \\{ background: linear-gradient\\(90deg, ([^)]*)\\)"))
			.as("the legend shows the countries' shades").isEqualTo(blues.get(0) + ", " + blues.get(blues.size() - 1));
		assertThat(one(css, "\\.swatch-state \\{ background: linear-gradient\\(90deg, ([^)]*)\\)"))
			.as("the legend shows the states' shades").isEqualTo(oranges.get(0) + ", " + oranges.get(oranges.size() - 1));
		assertThat(one(css, "\\.swatch-mx-state \\{ background: linear-gradient\\(90deg, ([^)]*)\\)"))
			.as("the legend shows the Mexican states' shades").isEqualTo(greens.get(0) + ", " + greens.get(greens.size() - 1));
	}

	/** The best contrast of a Leaflet path's outline or fill on a background (Leaflet's own defaults otherwise). */
	private static double bestContrast(Map<String, String> symbol, String ground) {
		String outline = Contrast.over(symbol.get("color"), number(symbol.get("opacity"), 1.0), ground);
		double best = Contrast.ratio(outline, ground);
		if (symbol.containsKey("fillColor")) {
			String fill = Contrast.over(symbol.get("fillColor"), number(symbol.get("fillOpacity"), 0.2), ground);
			best = Math.max(best, Contrast.ratio(fill, ground));
		}
		return best;
	}

	private static double number(String written, double otherwise) {
		return written == null ? otherwise : Double.parseDouble(written);
	}

	/** Each object literal the pattern captures, as its simple {@code key: value} pairs. */
	private static List<Map<String, String>> options(String text, String regex) {
		List<Map<String, String>> found = new ArrayList<>();
		Matcher matcher = Pattern.compile(regex).matcher(text);
		while (matcher.find()) {
			found.add(named(matcher.group(1), "(\\w+): '?([#\\w.]+)'?"));
		}
		return found;
	}

	/** The text from {@code opening} to the bracket that closes it. */
	private static String block(String text, String opening) {
		int start = text.indexOf(opening);
		assertThat(start).as(opening).isNotNegative();
		char close = opening.endsWith("[") ? ']' : '}';
		return text.substring(start, text.indexOf(close, start) + 1);
	}

	private static Map<String, String> named(String text, String regex) {
		Map<String, String> found = new LinkedHashMap<>();
		Matcher matcher = Pattern.compile(regex).matcher(text);
		while (matcher.find()) {
			found.put(matcher.group(1), matcher.group(2));
		}
		return found;
	}

	private static List<String> all(String text, String regex) {
		List<String> found = new ArrayList<>();
		Matcher matcher = Pattern.compile(regex).matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static String one(String text, String regex) {
		List<String> found = all(text, regex);
		assertThat(found).as(regex).isNotEmpty();
		return found.get(0);
	}

	private static String asset(String name) {
		try (InputStream in = SymbolPaletteTest.class.getResourceAsStream("/static/webapp/" + name)) {
			assertThat(in).as(name).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
