package org.irontrace.simulation;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The recovering agency's side of tracing: which recoveries it submits (most; the rest stay in a
 * backlog), when, the trace number the centre gives each request, when the answer comes back
 * (routine about 9 days, urgent within a day, a long tail of months), and the corrected answer a
 * few requests get after the agency fixes its description. Answers due after the world's last day
 * are still pending: the agency does not hold them yet.
 */
final class TraceDesk {

	/** Requests marked urgent (a homicide, a suspect in custody): answered within a day. */
	private static final double URGENT = 0.05;

	/** Traces that wait months: dealer records on paper, out-of-business records, look-ups abroad. */
	private static final double LONG_TAIL = 0.06;

	private final World world;

	private final Dice dice;

	private final TracingCentre centre;

	private final TraceResultFile file;

	private final TraceAnswerTally tally;

	private final Map<String, long[]> numbered = new TreeMap<>();

	TraceDesk(World world, Dice dice, TraceResultFile file, TraceAnswerTally tally) {
		this.world = world;
		this.dice = dice;
		this.centre = new TracingCentre(dice);
		this.file = file;
		this.tally = tally;
	}

	long answersWritten() {
		return file.written();
	}

	TraceOutcome submit(TraceRequest request) {
		TracingPractice practice = TracingPractice.of(request.country());
		if (!dice.chance(practice.submitted())) {
			tally.count(request.country(), TraceOutcome.BACKLOG, null, -1);
			return TraceOutcome.BACKLOG;
		}
		int submitted = request.recoveryDay() + (int) Math.round(dice.logNormal(practice.daysToSubmit(), 1.0));
		int answered = submitted + processingDays();
		String number = traceNumber(request.agency(), submitted);
		if (answered > world.lastDay()) {
			TraceOutcome pending = TraceOutcome.pending(number);
			tally.count(request.country(), pending, null, -1);
			return pending;
		}
		TraceAnswer answer = centre.answer(request);
		file.write(request, number, answered, answer, reportedTtc(request, submitted, answer));
		TraceAnswer last = answer;
		int lastDay = answered;
		if (answer.requestAtFault() && dice.chance(practice.resubmitted())) {
			int corrected = answered + dice.between(14, 120);
			if (corrected <= world.lastDay()) {
				last = centre.followChain(request);
				lastDay = corrected;
				file.write(request, number, corrected, last, reportedTtc(request, submitted, last));
			}
		}
		TraceOutcome outcome = new TraceOutcome(true, number, last, lastDay, last != answer);
		tally.count(request.country(), outcome, answer, answered - submitted);
		return outcome;
	}

	private int processingDays() {
		if (dice.chance(URGENT)) {
			return dice.between(0, 1);
		}
		if (dice.chance(LONG_TAIL)) {
			return dice.between(45, 300);
		}
		return Math.max(1, (int) Math.round(dice.logNormal(9, 0.6)));
	}

	/** Unique within the agency: the year the request was made and the agency's running count. */
	private String traceNumber(String agency, int submitted) {
		long count = ++numbered.computeIfAbsent(agency, a -> new long[1])[0];
		return "T" + LocalDate.ofEpochDay(submitted).getYear() + "-" + Text.zeroPadded(count, 7);
	}

	/** Mostly from sale to recovery; now and then left out, or counted to the request date instead. */
	private int reportedTtc(TraceRequest request, int submitted, TraceAnswer answer) {
		if (!answer.completed() || dice.chance(0.08)) {
			return -1;
		}
		int to = dice.chance(0.04) ? submitted : request.recoveryDay();
		return to - request.gun().firstSaleDay;
	}
}
