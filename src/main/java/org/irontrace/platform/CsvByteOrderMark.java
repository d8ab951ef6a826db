package org.irontrace.platform;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every CSV that IronTrace answers (pages, API, open data) begins with the UTF-8 byte-order mark.
 * Spreadsheets read a CSV without it in the computer's old code page, so "Páramo" arrives as
 * "PÃ¡ramo" on the analysts' machines; with it they read UTF-8. Our own importers and FastCSV skip
 * it, and FORMATS' files stay UTF-8 as before. Done once here so that no download can forget it.
 */
@Component
@ConditionalOnWebApplication
class CsvByteOrderMark extends OncePerRequestFilter {

	static final byte[] MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		MarkedResponse marked = new MarkedResponse(response);
		try {
			chain.doFilter(request, marked);
		}
		finally {
			marked.finish();
		}
	}

	/** A CSV of UTF-8 (or of no stated charset, which IronTrace writes in UTF-8). */
	static boolean utf8Csv(String contentType) {
		if (contentType == null) {
			return false;
		}
		String type = contentType.toLowerCase(java.util.Locale.ROOT);
		return type.startsWith("text/csv") && (!type.contains("charset=") || type.contains("charset=utf-8"));
	}

	/** Writes the mark before the first byte of a CSV body; the length, when stated, grows by it. */
	private static final class MarkedResponse extends HttpServletResponseWrapper {

		private ServletOutputStream stream;

		private PrintWriter writer;

		private boolean marked;

		MarkedResponse(HttpServletResponse response) {
			super(response);
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			if (stream == null) {
				markIfCsv();
				stream = super.getOutputStream();
			}
			return stream;
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			if (writer == null) {
				if (!utf8Csv(getContentType())) {
					writer = super.getWriter();
					return writer;
				}
				writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8), false);
			}
			return writer;
		}

		private void markIfCsv() throws IOException {
			if (!marked && utf8Csv(getContentType())) {
				marked = true;
				String length = getHeader("Content-Length");
				if (length != null) {
					// Stated before the body is written, so still open to change: the mark is part of the body.
					super.setContentLengthLong(Long.parseLong(length.trim()) + MARK.length);
				}
				super.getOutputStream().write(MARK);
			}
		}

		void finish() {
			if (writer != null) {
				writer.flush();
			}
		}

		@Override
		public void flushBuffer() throws IOException {
			if (writer != null) {
				writer.flush();
			}
			super.flushBuffer();
		}
	}
}
