-- Owner: network.
-- How the graph shows a person's key and a link's detail to a reader, written once in SQL so that
-- every statement reading the graph (the export, the neighbourhood, the rings, a person's links)
-- calls the rule instead of spelling it out again. Each is a single expression, which PostgreSQL
-- inlines into the calling statement: no call per row.

-- A key as a reader is shown it: itself, or, when the reader may not see the person, a keyed
-- digest of it that names the same node throughout one answer but cannot be turned back into
-- the key, nor found from a guessed name, without the installation's key (V75).
CREATE FUNCTION network_person_shown(person_key text, named boolean) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN named THEN person_key
                ELSE '~' || left(encode(hmac(convert_to(person_key, 'UTF8'), decode(current_setting('irontrace.person_key'), 'hex'),
                                             'sha256'), 'hex'), 16) END
$$;

-- A link's detail in English, with the identity document two buyers both showed unsealed (V76).
CREATE FUNCTION network_link_detail(detail text, document_sealed bytea) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN document_sealed IS NULL THEN detail ELSE detail || ' ' || irontrace_unseal(document_sealed) END
$$;

-- The same detail as a wording (a message code and its figures), the document as its argument.
CREATE FUNCTION network_link_wording(wording jsonb, document_sealed bytea) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN document_sealed IS NULL THEN wording
                ELSE jsonb_set(wording, '{args}', jsonb_build_array(irontrace_unseal(document_sealed))) END
$$;
