package org.irontrace.webapp;

import tools.jackson.databind.JsonNode;

/**
 * What an analyst sees of the link graph's drawing, measured in the browser: how many nodes are
 * drawn, how many have a label that covers another's, how many sit outside the drawing's frame, and
 * the zoom the layout left. Labels count as overlapping when their boxes share more than a pixel
 * each way.
 */
record GraphLayoutMeasure(int nodes, int overlapping, int outside, double zoom) {

	private static final String MEASURE = """
			var cy = window.IronTraceGraph.cy;
			var nodes = cy.nodes(':visible').filter(function (node) { return node.data('kind') !== 'group'; });
			var boxes = nodes.map(function (node) {
			  return node.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
			});
			var overlapping = 0;
			for (var i = 0; i < boxes.length; i++) {
			  for (var j = 0; j < boxes.length; j++) {
			    var a = boxes[i], b = boxes[j];
			    if (i !== j && Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > 1 && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > 1) {
			      overlapping++;
			      break;
			    }
			  }
			}
			var outside = nodes.filter(function (node) {
			  var p = node.renderedPosition();
			  return p.x < 0 || p.y < 0 || p.x > cy.width() || p.y > cy.height();
			}).length;
			return { nodes: nodes.length, overlapping: overlapping, outside: outside, zoom: cy.zoom() };
			""";

	static GraphLayoutMeasure of(WebDriverSession browser) {
		JsonNode measured = browser.script(MEASURE);
		return new GraphLayoutMeasure(measured.get("nodes").asInt(), measured.get("overlapping").asInt(),
				measured.get("outside").asInt(), measured.get("zoom").asDouble());
	}

	/** The share of drawn nodes whose label covers another's. */
	double overlappingShare() {
		return nodes == 0 ? 0 : (double) overlapping / nodes;
	}
}
