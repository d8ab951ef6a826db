package org.irontrace.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read so far, for progress bars. */
final class CountingStream extends FilterInputStream {

	private long count;

	CountingStream(InputStream in) {
		super(in);
	}

	long count() {
		return count;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			count++;
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			count += n;
		}
		return n;
	}
}
