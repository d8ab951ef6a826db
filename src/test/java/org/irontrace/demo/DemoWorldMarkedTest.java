package org.irontrace.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.irontrace.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * An installation holding the demo world says so on everything it hands out (CSV and PDF files, API
 * answers, its agencies' names) and publishes nothing: invented figures never reach the public.
 * Same start as {@link DemoWorldTest}, so the two share one loaded world.
 */
@SpringBootTest(properties = "irontrace.demo=true", webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoWorldMarkedTest {

	static final String PERIOD = "from=2010-01-01&to=2026-06-30";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aCsvDownloadIsMarkedAndNamedDemoWithItsColumnsUnchanged() throws Exception {
		HttpResponse<String> report = get("/api/v1/reports/recoveries?country=MX&" + PERIOD + "&format=csv");
		assertThat(report.statusCode()).isEqualTo(200);
		assertThat(report.headers().firstValue("X-IronTrace-Demo")).hasValue("invented data");
		assertThat(report.headers().firstValue("Content-Disposition")).get().asString()
			.contains("filename=\"demo-recoveries-MX-");
		assertThat(report.body()).doesNotContain("demo");

		HttpResponse<String> sales = send(request("/api/v1/multiple-sales?" + PERIOD).header("Accept", "text/csv"));
		assertThat(sales.statusCode()).isEqualTo(200);
		assertThat(sales.headers().firstValue("X-IronTrace-Demo")).hasValue("invented data");
		assertThat(sales.headers().allValues("Content-Disposition")).as("named after its address, once")
			.containsExactly("inline; filename=\"demo-multiple-sales.csv\"");
	}

	@Test
	void everyPageOfAPdfReportSaysTheWorldIsInvented() throws Exception {
		HttpResponse<byte[]> pdf = http.send(request("/api/v1/reports/recoveries?country=MX&" + PERIOD + "&format=pdf").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Disposition")).get().asString().contains("filename=\"demo-recoveries-MX-");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			assertThat(document.getNumberOfPages()).isGreaterThan(1);
			PDFTextStripper text = new PDFTextStripper();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				text.setStartPage(page);
				text.setEndPage(page);
				assertThat(text.getText(document)).as("page %d", page)
					.contains("Demo world: every person, gun, agency and figure is invented");
			}
		}
	}

	@Test
	void apiAnswersAndTheAgenciesNamesSayDemo() throws Exception {
		HttpResponse<String> agencies = get("/api/v1/agencies");
		assertThat(agencies.statusCode()).isEqualTo(200);
		assertThat(agencies.headers().firstValue("X-IronTrace-Demo")).hasValue("invented data");
		JsonNode list = tools.jackson.databind.json.JsonMapper.builder().build().readTree(agencies.body());
		for (JsonNode agency : list) {
			if (!agency.get("code").asString().equals("IRONTRACE")) {
				assertThat(agency.get("name").asString()).as(agency.get("code").asString()).containsIgnoringCase("demo");
			}
		}
	}

	@Test
	void nothingIsPublishedFromTheDemoWorld() {
		ApiClient operator = new ApiClient(port);
		ApiClient.Answer refused = operator.postJson("/api/v1/reports/publications",
				java.util.Map.of("country", "MX", "from", "2024-01-01", "to", "2024-12-31"));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("invented demo world");
		assertThat(jdbc.sql("SELECT count(*) FROM published_report").query(Long.class).single()).isZero();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return send(request(path));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpRequest.Builder request(String path) {
		String basic = Base64.getEncoder().encodeToString(("admin:" + ApiClient.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Basic " + basic);
	}
}
