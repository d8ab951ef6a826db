package org.irontrace.report.monitoring;

import java.time.LocalDate;
import java.util.Map;

/**
 * One month of an agency's tracing work, by the month the guns were recovered.
 *
 * @param submitted recoveries the agency submitted for guns recovered that month
 * @param traced those with a trace result
 * @param backlog those still waiting for a trace
 * @param completed those whose latest result is COMPLETED
 * @param completionRate completed over traced (null when nothing was traced)
 * @param medianTurnaroundDays lower median of days from recovery to the first trace result
 * @param failureReasons latest results that were NOT_TRACED or PARTIAL, by reason
 * @param emptyFields recoveries that left each description field empty: what the agency can fix
 *        so that more of its traces succeed
 */
public record MonthOfWork(LocalDate month, long submitted, long traced, long backlog, long completed,
		Double completionRate, Integer medianTurnaroundDays, Map<String, Long> failureReasons,
		Map<String, Long> emptyFields) {
}
