package org.irontrace.network;

/**
 * How a link's detail is read in SQL. The identity document two buyers both showed is sealed beside
 * the link (migration V76), like every identity number IronTrace stores; the detail and its wording
 * name it again when read, for the readers who are shown the detail of shared documents at all.
 */
public final class LinkDetails {

	private LinkDetails() {
	}

	/** The detail in English, with the shared document unsealed; {@code link} is the alias of {@code network_link}. */
	public static String detailSql(String link) {
		return "CASE WHEN " + link + ".document_sealed IS NULL THEN " + link + ".detail ELSE " + link + ".detail || ' ' || "
				+ "irontrace_unseal(" + link + ".document_sealed) END";
	}

	/** The detail as a wording (jsonb), with the shared document unsealed as its argument. */
	public static String wordingSql(String link) {
		return "CASE WHEN " + link + ".document_sealed IS NULL THEN " + link + ".detail_wording ELSE jsonb_set(" + link
				+ ".detail_wording, '{args}', jsonb_build_array(irontrace_unseal(" + link + ".document_sealed))) END";
	}
}
