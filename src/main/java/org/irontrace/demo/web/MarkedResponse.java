package org.irontrace.demo.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.http.HttpHeaders;

/**
 * An answer of the demo world on its way out: a file's name gains {@code demo-} (a CSV sent without
 * one is named after its address), and a PDF is held back until it is whole, so that each of its
 * pages can be stamped before it leaves. Everything else passes through untouched, as it is written.
 */
final class MarkedResponse extends HttpServletResponseWrapper {

	private static final String PREFIX = "demo-";

	private final String path;

	private boolean named;

	private ByteArrayOutputStream pdf;

	private ServletOutputStream held;

	MarkedResponse(HttpServletResponse response, String path) {
		super(response);
		this.path = path;
	}

	@Override
	public void setHeader(String name, String value) {
		if (heldLength(name)) {
			return;
		}
		super.setHeader(name, mark(name, value));
		noticeType(name, value);
	}

	@Override
	public void addHeader(String name, String value) {
		if (heldLength(name)) {
			return;
		}
		// One file name per answer: the one a controller gives replaces the one named after the address.
		if (HttpHeaders.CONTENT_DISPOSITION.equalsIgnoreCase(name)) {
			super.setHeader(name, mark(name, value));
		}
		else {
			super.addHeader(name, mark(name, value));
		}
		noticeType(name, value);
	}

	@Override
	public void setContentType(String type) {
		super.setContentType(type);
		noticeType(HttpHeaders.CONTENT_TYPE, type);
	}

	@Override
	public void setContentLength(int length) {
		if (pdf == null) {
			super.setContentLength(length);
		}
	}

	@Override
	public void setContentLengthLong(long length) {
		if (pdf == null) {
			super.setContentLengthLong(length);
		}
	}

	@Override
	public ServletOutputStream getOutputStream() throws IOException {
		if (pdf == null) {
			return super.getOutputStream();
		}
		if (held == null) {
			held = new HeldStream(pdf);
		}
		return held;
	}

	@Override
	public void flushBuffer() throws IOException {
		// A held PDF leaves whole, stamped, with its own length: nothing may go out before it.
		if (pdf == null) {
			super.flushBuffer();
		}
	}

	/** Sends a held PDF, stamped on every page. */
	void finish() throws IOException {
		if (pdf == null) {
			return;
		}
		byte[] stamped = DemoStamp.onEveryPage(pdf.toByteArray());
		super.setContentLengthLong(stamped.length);
		super.getOutputStream().write(stamped);
	}

	/** The length a controller states for a PDF, which its stamp changes. */
	private boolean heldLength(String name) {
		return pdf != null && HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name);
	}

	private String mark(String name, String value) {
		if (!HttpHeaders.CONTENT_DISPOSITION.equalsIgnoreCase(name) || value == null) {
			return value;
		}
		named = true;
		// Both forms a disposition names its file in: filename="x.csv" and filename*=UTF-8''x.csv.
		return value.replaceAll("(filename\\*?=(?:\"|UTF-8''|utf-8'')?)(?!" + PREFIX + ")", "$1" + PREFIX);
	}

	private void noticeType(String name, String value) {
		if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) || value == null || isCommitted()) {
			return;
		}
		String type = value.toLowerCase(Locale.ROOT);
		if (type.startsWith("text/csv") && !named) {
			setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileNameOf(path) + "\"");
		}
		if (type.startsWith("application/pdf") && pdf == null) {
			pdf = new ByteArrayOutputStream();
			super.setContentLengthLong(-1);
		}
	}

	/** The last segment of the address, as a CSV file's name: {@code /api/v1/multiple-sales} gives {@code multiple-sales.csv}. */
	static String fileNameOf(String path) {
		String last = path.substring(path.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "");
		if (last.isEmpty()) {
			last = "irontrace";
		}
		return last.endsWith(".csv") ? last : last + ".csv";
	}

	private static final class HeldStream extends ServletOutputStream {

		private final ByteArrayOutputStream into;

		HeldStream(ByteArrayOutputStream into) {
			this.into = into;
		}

		@Override
		public void write(int b) {
			into.write(b);
		}

		@Override
		public void write(byte[] b, int off, int len) {
			into.write(b, off, len);
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			throw new UnsupportedOperationException("a demo PDF is held whole before it is sent");
		}
	}
}
