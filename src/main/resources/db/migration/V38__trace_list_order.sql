-- The trace list of the web application shows an agency's current traces newest first, a page at a
-- time: this index hands them over in that order instead of sorting every trace of the agency.
CREATE INDEX current_trace_agency_newest ON current_trace (agency, traced_at DESC, trace_id DESC);
