package org.irontrace.intel.web;

import java.util.List;

import org.irontrace.intel.MultipleSaleReport;
import org.irontrace.platform.CsvCells;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Writes multiple-sale reports as CSV: one line per sale, the report's columns repeated. */
final class MultipleSaleCsv {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String[] SALE_COLUMNS = { "eventId", "saleDate", "licence", "serialNumber", "manufacturer", "model",
			"firearmType", "caliber" };

	private MultipleSaleCsv() {
	}

	static String write(List<MultipleSaleReport> reports) {
		StringBuilder out = new StringBuilder(
				"report_id,kind,category,purchaser_id,first_sale,last_sale,event_id,sale_date,licence,serial_number,manufacturer,model,firearm_type,caliber\n");
		for (MultipleSaleReport report : reports) {
			for (JsonNode sale : JSON.readTree(report.sales())) {
				out.append(report.reportId()).append(',').append(report.kind()).append(',').append(report.category()).append(',')
					.append(cell(report.purchaserId())).append(',').append(report.firstSale()).append(',').append(report.lastSale());
				for (String column : SALE_COLUMNS) {
					JsonNode value = sale.get(column);
					out.append(',').append(cell(value == null || value.isNull() ? null : value.asString()));
				}
				out.append('\n');
			}
		}
		return out.toString();
	}

	private static String cell(String value) {
		return CsvCells.cell(value);
	}
}
