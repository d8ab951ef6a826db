package org.irontrace.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import org.irontrace.platform.Wording;

/** One gun row of the graph as a caller sees it; address and document are null unless its personal data is visible. */
record GunRow(String agency, String recoveryId, LocalDate recoveryDate, String place, String crimeCode, String serial,
		String manufacturer, String description, String licence, LocalDate saleDate, String purchaser, String possessor,
		boolean named, String address, String document, Wording descriptionWording, Wording recoveryWording) {

	static GunRow read(ResultSet rs) throws SQLException {
		String place = java.util.stream.Stream.of(rs.getString("city"), rs.getString("admin_area"), rs.getString("country"))
			.filter(java.util.Objects::nonNull).reduce((a, b) -> a + ", " + b).orElse(null);
		String description = java.util.stream.Stream.of(rs.getString("firearm_type"), rs.getString("calibre_family"))
			.filter(java.util.Objects::nonNull).reduce((a, b) -> a + " " + b).orElse(null);
		return new GunRow(rs.getString("agency"), rs.getString("recovery_id"), rs.getObject("recovery_date", LocalDate.class),
				place, rs.getString("crime_code"), rs.getString("serial_number"), rs.getString("manufacturer"),
				java.util.stream.Stream.of(rs.getString("model"), description).filter(java.util.Objects::nonNull)
					.reduce((a, b) -> a + " · " + b).orElse(null),
				rs.getString("licence"), rs.getObject("sale_date", LocalDate.class), rs.getString("purchaser_id"),
				rs.getString("possessor_id"), rs.getBoolean("named"), rs.getString("address"), rs.getString("document"),
				Wording.of("GUN", rs.getString("model"), coded("firearmType.", rs.getString("firearm_type")),
						rs.getString("calibre_family")),
				Wording.of("RECOVERY", place, coded("crime.", rs.getString("crime_code"))));
	}

	/** A code of one of the code lists, for pages to word in their language. */
	private static Wording coded(String list, String code) {
		return code == null ? null : Wording.of(list + code);
	}

	/** The export's gun id: maker and serial, or the recovery when the serial is unknown. */
	String gunId() {
		return "gun:" + (manufacturer == null ? "" : manufacturer) + " " + (serial == null ? agency + "/" + recoveryId : serial);
	}

	String recoveryNodeId() {
		return "recovery:" + agency + "/" + recoveryId;
	}
}
