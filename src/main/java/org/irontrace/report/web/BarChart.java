package org.irontrace.report.web;

import java.util.List;

/**
 * (Public only so that the page template can call it.) A horizontal bar chart drawn as inline SVG: no script and no chart library, so the page reads
 * offline, prints as it shows, and the numbers stay in the text where screen readers find them.
 */
public record BarChart(String title, List<Bar> bars) {

	private static final int ROW = 18;

	private static final int LABEL = 150;

	private static final int WIDTH = 520;

	public record Bar(String label, long value) {
	}

	public String svg() {
		long largest = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
		int height = ROW * bars.size() + 4;
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(WIDTH)
			.append("\" height=\"").append(height).append("\" aria-label=\"").append(escape(title)).append("\">");
		int y = 2;
		for (Bar bar : bars) {
			int length = (int) Math.round((WIDTH - LABEL - 60) * (double) bar.value() / largest);
			svg.append("<text x=\"0\" y=\"").append(y + 13).append("\" font-size=\"12\">").append(escape(bar.label()))
				.append("</text><rect x=\"").append(LABEL).append("\" y=\"").append(y + 2).append("\" width=\"")
				.append(length).append("\" height=\"").append(ROW - 5).append("\" fill=\"#3b6ea5\"/><text x=\"")
				.append(LABEL + length + 4).append("\" y=\"").append(y + 13).append("\" font-size=\"12\">")
				.append(String.format("%,d", bar.value())).append("</text>");
			y += ROW;
		}
		return svg.append("</svg>").toString();
	}

	private static String escape(String text) {
		// Only XML's own five entities: the same markup must parse as XHTML for the PDF.
		return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
			.replace("\"", "&quot;").replace("'", "&#39;");
	}
}
