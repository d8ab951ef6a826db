package org.irontrace.trace;

import java.util.List;

/**
 * Published when recoveries of one agency have been traced and their results stored, so that what
 * rests on traces (the link graph, the leads) can follow without recomputing everything.
 *
 * @param recoveryIds the recoveries traced together (one for a single trace, a page for a bulk run)
 */
public record RecoveriesTraced(String agency, List<String> recoveryIds) {
}
