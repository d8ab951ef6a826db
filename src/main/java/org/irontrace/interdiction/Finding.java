package org.irontrace.interdiction;

import java.util.List;

/**
 * What one rule found in one shipment: its code (the reason's code and the key of its words in the
 * {@code interdiction} bundle), how strongly it holds (1 for a plain yes; rates and counts scale it)
 * and the figures its sentence quotes. Never a person's name: reasons are read by callers who may not
 * see personal data.
 */
record Finding(String code, double strength, List<Object> figures) {

	static Finding of(String code, Object... figures) {
		return new Finding(code, 1, List.of(figures));
	}

	static Finding scaled(String code, double strength, Object... figures) {
		return new Finding(code, strength, List.of(figures));
	}
}
