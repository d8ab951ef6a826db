package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.EVENTS_HEADER;
import static org.irontrace.LedgerFixtures.LICENSEES_HEADER;
import static org.irontrace.LedgerFixtures.RECOVERIES_HEADER;
import static org.irontrace.LedgerFixtures.csv;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.irontrace.ApiClient;
import org.irontrace.IntegrationTest;
import org.irontrace.LedgerFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Values that came in with a dealer's or an agency's file and start as a spreadsheet formula would
 * ({@code = + - @}) are written defused, with a leading apostrophe, in every CSV file IronTrace hands
 * out, from the API and from the pages; plain numbers, negative ones included, stay numbers.
 */
@IntegrationTest
class FormulaCellsTest {

	@LocalServerPort
	int port;

	final String t = LedgerFixtures.uniqueTag();

	final String mx = "MX-" + t;

	final String analyst = "cells-" + t.toLowerCase();

	@Test
	void noCsvFileIronTraceWritesHoldsACellASpreadsheetWouldRun() {
		ApiClient operator = new ApiClient(port);
		ApiClient api = operator.newAgencyWithAnalyst(mx, "MX", analyst);
		operator.postCsv("/api/v1/imports/licensees", csv(LICENSEES_HEADER, "C-" + t + ",01,Guns " + t + ",,Laredo,TX,,US,"));
		operator.postCsv("/api/v1/imports/commerce-events", csv(EVENTS_HEADER,
				t + "-1,SOLD,2011-03-04," + t + "1,Glock,,=1+" + t + ",9mm,PISTOL,US,C-" + t + ",,@SUM(1),Ruiz" + t + ",1985-02-03,TX",
				t + "-2,SOLD,2011-03-07," + t + "2,Glock,,+2+" + t + ",9mm,PISTOL,US,C-" + t + ",,@SUM(1),Ruiz" + t + ",1985-02-03,TX"));
		api.postCsv("/api/v1/imports/recoveries", csv(RECOVERIES_HEADER + ",latitude,longitude",
				"R1," + mx + ",2011-09-01,MX,-" + t + ",Reynosa,HOMICIDE," + t + "1,N,,Glock,,,,,,Pedro,Paramo" + t + ",26.08,-98.29",
				"R2," + mx + ",2011-09-01,MX,-" + t + ",Reynosa,HOMICIDE," + t + "2,N,,Glock,,,,,,Pedro,Paramo" + t + ",26.08,-98.29",
				"R3," + mx + ",2011-10-01,MX,TAM,Reynosa,HOMICIDE,," + "N,,Glock,,,,,,Luis,=2+" + t + ",26.08,-98.29"));
		String traceId = api.postJson("/api/v1/traces", Map.of("agency", mx, "recoveryId", "R1")).json().get("traceId").asString();
		api.postJson("/api/v1/traces", Map.of("agency", mx, "recoveryId", "R2"));
		operator.post("/api/v1/leads/refresh", "application/json", "");
		PageBrowser pages = new PageBrowser(port).signIn(analyst, ApiClient.ANALYST_PASSWORD);
		String dashboard = "?from=2011-01-01&to=2011-12-31&agency=" + mx + "&lang=en";

		Map<String, String> files = new java.util.LinkedHashMap<>();
		files.put("multiple sales", apiCsv("/api/v1/multiple-sales?from=2011-03-01&to=2011-03-31"));
		files.put("graph nodes", apiCsv("/api/v1/network/export?format=csv-nodes"));
		files.put("graph edges", apiCsv("/api/v1/network/export?format=csv-edges"));
		files.put("report", apiCsv("/api/v1/reports/recoveries?country=MX&from=2011-01-01&to=2011-12-31&format=csv"));
		files.put("trace requests", apiCsv("/api/v1/trace-requests?agency=" + mx + "&format=csv"));
		files.put("trace requests page", pages.get("/app/trace-requests.csv?agency=" + mx).html());
		files.put("trace page", pages.get("/app/traces/" + traceId + "/export.csv?lang=en").html());
		for (String chart : DashboardTables.CHARTS) {
			files.put("dashboard " + chart, pages.get("/app/dashboard/" + chart + ".csv" + dashboard).html());
		}

		Map<String, String> planted = Map.of("multiple sales", "'=1+" + t, "graph nodes", "'@SUM(1) Ruiz" + t,
				"report", "'-" + t, "trace requests", "'=2+" + t, "trace requests page", "'=2+" + t, "trace page", "'=1+" + t);
		planted.forEach((file, defused) -> assertThat(cells(files.get(file))).as(file).contains(defused));
		assertThat(cells(files.get("trace requests"))).as("a negative number stays a number").contains("-98.29");
		files.forEach((file, text) -> assertThat(cells(text)).as(file + ": no cell a spreadsheet would run")
			.isNotEmpty()
			.noneMatch(cell -> !cell.isEmpty() && "=+@\t\r".indexOf(cell.charAt(0)) >= 0)
			.noneMatch(cell -> cell.startsWith("-") && !cell.matches("-\\d+([.,]\\d+)?")));
	}

	/** A CSV body of the API as the analyst, asked for as text/csv. */
	private String apiCsv(String path) {
		try {
			String login = Base64.getEncoder()
				.encodeToString((analyst + ":" + ApiClient.ANALYST_PASSWORD).getBytes(StandardCharsets.UTF_8));
			HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization", "Basic " + login).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
			return answer.body();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** Every cell of a CSV text (comma or semicolon between cells, RFC 4180 quoting), unquoted. */
	static List<String> cells(String text) {
		char separator = text.indexOf('\n') > 0 && text.substring(0, text.indexOf('\n')).contains(";") ? ';' : ',';
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"' && cell.isEmpty()) {
				quoted = true;
			}
			else if (c == separator || c == '\n' || c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				if (c != '\r') {
					cells.add(cell.toString());
					cell.setLength(0);
				}
			}
			else {
				cell.append(c);
			}
		}
		return cells;
	}
}
