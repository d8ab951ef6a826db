package org.irontrace.network;

/**
 * A node of the link graph whose name, licence, serial or id matches what an analyst typed, to
 * start the graph from or add to it: its id (as {@link Neighbourhood#around} takes it), kind and
 * label; {@code detail} tells two alike apart (a dealer's licence and town, a gun's model, a
 * person's date of birth); {@code incident} is the incident a recovery was taken in, when it has one.
 * {@code personal} when it carries personal data.
 */
public record NodePick(String id, String kind, String label, String detail, String incident, boolean personal) {
}
