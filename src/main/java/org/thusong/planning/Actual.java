package org.thusong.planning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.thusong.core.InvalidInput;

/**
 * One quarter's actual of one KPI, the aggregate of the quarterly cycle.
 * <p>
 * Lifecycle: {@link #capture captured} (and recaptured while {@link ActualState#editable()
 * editable}), {@link #submit submitted}, {@link #review reviewed}, {@link #verify verified},
 * {@link #approve approved}; from submitted, reviewed or verified it can be
 * {@link #returnWithReason returned} to the official with a reason, and an approved actual is
 * locked until the PMS unit {@link #reopen reopens} it with a reason. Who may take each step is
 * decided by {@link PerformanceCycle}; here the order of the steps is kept. Each step is
 * remembered and saved with the actual.
 */
public class Actual {

	/** A step taken since loading, appended to the actual's history when saved. */
	public record Step(ActualState from, ActualState to, String actor, String reason, Instant at) {
	}

	private final Long id;

	private final long kpiId;

	private final long sdbipId;

	private final String organisationCode;

	private final String areaPath;

	private final int quarter;

	private BigDecimal value;

	private String comment;

	private String varianceReason;

	private String correctiveMeasure;

	private ActualState state;

	private String returnedReason;

	private String capturedBy;

	private String reviewedBy;

	private String verifiedBy;

	private String approvedBy;

	private Instant updatedAt;

	private final int version;

	private final List<Step> steps = new ArrayList<>();

	Actual(Long id, long kpiId, long sdbipId, String organisationCode, String areaPath, int quarter, BigDecimal value,
			String comment, String varianceReason, String correctiveMeasure, ActualState state, String returnedReason,
			String capturedBy, String reviewedBy, String verifiedBy, String approvedBy, Instant updatedAt, int version) {
		this.id = id;
		this.kpiId = kpiId;
		this.sdbipId = sdbipId;
		this.organisationCode = organisationCode;
		this.areaPath = areaPath;
		this.quarter = quarter;
		this.value = value;
		this.comment = comment;
		this.varianceReason = varianceReason;
		this.correctiveMeasure = correctiveMeasure;
		this.state = state;
		this.returnedReason = returnedReason;
		this.capturedBy = capturedBy;
		this.reviewedBy = reviewedBy;
		this.verifiedBy = verifiedBy;
		this.approvedBy = approvedBy;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	/** A first capture of a KPI's quarter. */
	static Actual first(Kpi kpi, int quarter, String by, Instant now) {
		FinancialYear.check(quarter);
		Actual actual = new Actual(null, kpi.id(), kpi.sdbipId(), kpi.organisationCode(), kpi.areaPath(), quarter, null, null,
				null, null, ActualState.CAPTURED, null, by, null, null, null, now, 0);
		return actual;
	}

	/**
	 * Records the value and the words around it. Allowed while captured or returned.
	 *
	 * @param status the quarter's status with this value, which decides what must be explained
	 */
	void capture(BigDecimal newValue, String newComment, String newVarianceReason, String newCorrectiveMeasure,
			KpiStatus status, String by, Instant now) {
		if (id != null && !state.editable()) {
			throw new WorkflowStepRefused("state", "the actual is " + state.name().toLowerCase()
					+ (state == ActualState.APPROVED ? " and locked; the PMS unit must reopen it first" : "; it can be changed only when captured or returned"));
		}
		if (newValue == null) {
			throw new InvalidInput("value", "is required");
		}
		boolean varies = status == KpiStatus.NOT_MET || status == KpiStatus.PARTIALLY_MET || status == KpiStatus.EXCEEDED;
		if (varies && blank(newVarianceReason)) {
			throw new InvalidInput("varianceReason", "is required when the actual differs from the target");
		}
		if ((status == KpiStatus.NOT_MET || status == KpiStatus.PARTIALLY_MET) && blank(newCorrectiveMeasure)) {
			throw new InvalidInput("correctiveMeasure", "is required when the target is not met");
		}
		this.value = newValue;
		this.comment = trimmed("comment", newComment);
		this.varianceReason = trimmed("varianceReason", newVarianceReason);
		this.correctiveMeasure = trimmed("correctiveMeasure", newCorrectiveMeasure);
		ActualState before = id == null ? null : state;
		this.state = state == ActualState.RETURNED ? ActualState.RETURNED : ActualState.CAPTURED;
		this.capturedBy = by;
		this.updatedAt = now;
		steps.add(new Step(before, state, by, null, now));
	}

	void submit(String by, Instant now) {
		move(state.editable(), ActualState.SUBMITTED, by, null, now, "only a captured or returned actual can be submitted");
		this.returnedReason = null;
	}

	void review(String by, Instant now) {
		move(state == ActualState.SUBMITTED, ActualState.REVIEWED, by, null, now, "only a submitted actual can be reviewed");
		this.reviewedBy = by;
	}

	void verify(String by, Instant now) {
		move(state == ActualState.REVIEWED, ActualState.VERIFIED, by, null, now, "only a reviewed actual can be verified");
		this.verifiedBy = by;
	}

	void approve(String by, Instant now) {
		move(state == ActualState.VERIFIED, ActualState.APPROVED, by, null, now, "only a verified actual can be approved");
		this.approvedBy = by;
	}

	void returnWithReason(String reason, String by, Instant now) {
		String why = required("reason", reason);
		move(state == ActualState.SUBMITTED || state == ActualState.REVIEWED || state == ActualState.VERIFIED,
				ActualState.RETURNED, by, why, now, "only a submitted, reviewed or verified actual can be returned");
		this.returnedReason = why;
		this.reviewedBy = null;
		this.verifiedBy = null;
	}

	void reopen(String reason, String by, Instant now) {
		String why = required("reason", reason);
		move(state == ActualState.APPROVED, ActualState.RETURNED, by, why, now, "only an approved actual can be reopened");
		this.returnedReason = why;
		this.reviewedBy = null;
		this.verifiedBy = null;
		this.approvedBy = null;
	}

	private void move(boolean allowed, ActualState to, String by, String reason, Instant now, String rule) {
		if (!allowed) {
			throw new WorkflowStepRefused("state", "the actual is " + state.name().toLowerCase() + ": " + rule);
		}
		steps.add(new Step(state, to, by, reason, now));
		this.state = to;
		this.updatedAt = now;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String required(String field, String text) {
		if (blank(text)) {
			throw new InvalidInput(field, "is required");
		}
		return trimmed(field, text);
	}

	private static String trimmed(String field, String text) {
		if (blank(text)) {
			return null;
		}
		if (text.length() > 4000) {
			throw new InvalidInput(field, "must be at most 4000 characters");
		}
		return text.strip();
	}

	List<Step> steps() {
		return List.copyOf(steps);
	}

	public Long id() {
		return id;
	}

	public long kpiId() {
		return kpiId;
	}

	public long sdbipId() {
		return sdbipId;
	}

	public String organisationCode() {
		return organisationCode;
	}

	public String areaPath() {
		return areaPath;
	}

	public int quarter() {
		return quarter;
	}

	public BigDecimal value() {
		return value;
	}

	public String comment() {
		return comment;
	}

	public String varianceReason() {
		return varianceReason;
	}

	public String correctiveMeasure() {
		return correctiveMeasure;
	}

	public ActualState state() {
		return state;
	}

	public String returnedReason() {
		return returnedReason;
	}

	public String capturedBy() {
		return capturedBy;
	}

	public String reviewedBy() {
		return reviewedBy;
	}

	public String verifiedBy() {
		return verifiedBy;
	}

	public String approvedBy() {
		return approvedBy;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	int version() {
		return version;
	}
}
