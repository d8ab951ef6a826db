package org.irontrace.network;

import java.io.Writer;
import java.util.List;

import org.irontrace.access.Visibility;
import org.irontrace.network.export.GraphExport;
import org.irontrace.network.export.GraphFormat;
import org.springframework.stereotype.Component;

/**
 * The exchange formats of the link graph for callers outside this module (the pages), by the names
 * FORMATS and the API use: {@code graphml}, {@code gexf}, {@code csv-nodes}, {@code csv-edges},
 * {@code ftm}. The same export as {@code GET /api/v1/network/export}, with the same visibility.
 */
@Component
public class GraphDownloads {

	/** The format names, in the order a page offers them. */
	public static final List<String> FORMATS = List.of("graphml", "gexf", "csv-nodes", "csv-edges", "ftm");

	private final GraphExport export;

	GraphDownloads(GraphExport export) {
		this.export = export;
	}

	/** A file name for the download; refuses an unknown format with a 400. */
	public String fileName(String format) {
		return GraphFormat.of(format).fileName();
	}

	public String mediaType(String format) {
		return GraphFormat.of(format).mediaType();
	}

	public void write(String format, Visibility visibility, Writer out) {
		export.write(GraphFormat.of(format), visibility, out);
	}
}
