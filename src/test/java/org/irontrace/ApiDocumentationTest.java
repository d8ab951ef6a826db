package org.irontrace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The API describes itself: an OpenAPI document and Swagger UI, readable without logging in. */
@IntegrationTest
class ApiDocumentationTest {

	@LocalServerPort
	int port;

	@Test
	void theOpenApiDocumentListsTheApi() {
		ApiClient.Answer docs = new ApiClient(port).login(null, null).get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().get("paths").propertyNames()).contains("/api/v1/traces", "/api/v1/traces:batch", "/api/v1/traces/{traceId}",
				"/api/v1/imports/{kind}");
	}

	@Test
	void swaggerUiIsServed() {
		ApiClient.Answer ui = new ApiClient(port).login(null, null).get("/swagger-ui/index.html");
		assertThat(ui.status()).isEqualTo(200);
		assertThat(ui.text()).containsIgnoringCase("swagger");
	}

	@Test
	void anUnknownPathIsA404WithAJsonError() {
		ApiClient.Answer missing = new ApiClient(port).get("/api/v1/nothing-here");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.json().get("error").asString()).isNotBlank();
	}
}
