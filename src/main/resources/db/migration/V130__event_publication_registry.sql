-- Owner: platform. The event publication registry (Spring Modulith, JDBC, its first table layout:
-- no processing status, so a listener's start writes nothing on the publishing request's thread):
-- one row for each event and each listener that must act on it, written with the event, removed once
-- the listener's work is done. What a crash leaves here is handed to the listeners again at the next
-- start, so the work that follows a trace is never lost.
CREATE TABLE event_publication (
    id               uuid PRIMARY KEY,
    listener_id      text NOT NULL,
    event_type       text NOT NULL,
    serialized_event text NOT NULL,
    publication_date timestamptz NOT NULL,
    completion_date  timestamptz
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
