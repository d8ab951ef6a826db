package org.irontrace.report.web;

import org.irontrace.report.opendata.OpenDataCell;
import org.irontrace.report.opendata.OpenDataSet;

/** Open data as CSV: one row per cell; a suppressed cell has an empty count and {@code suppressed=Y}. */
final class OpenDataCsv {

	private OpenDataCsv() {
	}

	static String of(OpenDataSet data) {
		StringBuilder out = new StringBuilder("country,from,to,as_of,table,key,detail,count,suppressed\n");
		for (OpenDataCell cell : data.cells()) {
			out.append(data.country()).append(',').append(data.from()).append(',').append(data.to()).append(',')
				.append(data.asOf()).append(',').append(cell.table()).append(',').append(ReportCsv.field(cell.key()))
				.append(',').append(cell.detail() == null ? "" : ReportCsv.field(cell.detail())).append(',')
				.append(cell.count() == null ? "" : cell.count()).append(',').append(cell.suppressed() ? "Y" : "N")
				.append('\n');
		}
		return out.toString();
	}
}
