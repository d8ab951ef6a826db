package org.irontrace.network.export;

import java.util.Arrays;

import org.irontrace.platform.BadRequestException;

/** The exchange formats of the link graph, by the names callers ask for them. */
public enum GraphFormat {
	GRAPHML("graphml", "application/graphml+xml"), GEXF("gexf", "application/gexf+xml"),
	CSV_NODES("csv-nodes", "text/csv"), CSV_EDGES("csv-edges", "text/csv"),
	FTM("ftm", "application/x-ndjson");

	private final String name;

	private final String mediaType;

	GraphFormat(String name, String mediaType) {
		this.name = name;
		this.mediaType = mediaType;
	}

	public String mediaType() {
		return mediaType;
	}

	public String fileName() {
		return "irontrace-network." + switch (this) {
			case GRAPHML -> "graphml";
			case GEXF -> "gexf";
			case CSV_NODES -> "nodes.csv";
			case CSV_EDGES -> "edges.csv";
			case FTM -> "ftm.json";
		};
	}

	public static GraphFormat of(String name) {
		return Arrays.stream(values()).filter(format -> format.name.equalsIgnoreCase(name)).findFirst()
			.orElseThrow(() -> new BadRequestException("'format' must be one of graphml, gexf, csv-nodes, csv-edges, ftm"));
	}
}
