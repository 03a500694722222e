package org.thusong.requests;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.thusong.core.InvalidInput;

/**
 * One request, complaint or suggestion, from filing to closing. State changes only through
 * verbs that guard the lifecycle ({@link RequestStatus#next()}); each verb records a step in the
 * request's history, public or internal, with who and when.
 */
public class ServiceRequest {

	/** A step taken but not yet saved; the repository appends it to the history. */
	public record Step(Instant at, String actor, String action, RequestStatus from, RequestStatus to, String note,
			boolean isPublic) {
	}

	/** Where the request is and who it is about: fixed at filing. */
	public record Filing(String reference, String organisationCode, String areaPath, String wardCode,
			String wardDemarcation, String wardName, long serviceId, String serviceCode, RequestKind kind,
			String description, Double latitude, Double longitude, String address, Reporter reporter, FiledBy filedBy,
			String filedByUser, Channel channel, Priority priority, Instant submittedAt) {
	}

	/** The person to answer; every part may be empty for an anonymous request. */
	public record Reporter(String name, String phone, String email) {

		public boolean anonymous() {
			return name == null && phone == null && email == null;
		}
	}

	private final Long id;

	private final Filing filing;

	private RequestStatus status;

	private String departmentCode;

	private String officer;

	private Instant dueAt;

	private Instant acknowledgedAt;

	private Instant resolvedAt;

	private Instant closedAt;

	private Long duplicateOf;

	private String referredTo;

	private String referredReference;

	private String rejectionReason;

	private Integer rating;

	private String ratingComment;

	private final int version;

	private final List<Step> newSteps = new ArrayList<>();

	/** Restores a saved request (the repository's constructor). */
	public ServiceRequest(Long id, Filing filing, RequestStatus status, String departmentCode, String officer, Instant dueAt,
			Instant acknowledgedAt, Instant resolvedAt, Instant closedAt, Long duplicateOf, String referredTo,
			String referredReference, String rejectionReason, Integer rating, String ratingComment, int version) {
		this.id = id;
		this.filing = filing;
		this.status = status;
		this.departmentCode = departmentCode;
		this.officer = officer;
		this.dueAt = dueAt;
		this.acknowledgedAt = acknowledgedAt;
		this.resolvedAt = resolvedAt;
		this.closedAt = closedAt;
		this.duplicateOf = duplicateOf;
		this.referredTo = referredTo;
		this.referredReference = referredReference;
		this.rejectionReason = rejectionReason;
		this.rating = rating;
		this.ratingComment = ratingComment;
		this.version = version;
	}

	/** Files a new request, routed to a department, due by the service's target. */
	public static ServiceRequest file(Filing filing, String departmentCode, Instant dueAt, String actor) {
		ServiceRequest request = new ServiceRequest(null, filing, RequestStatus.SUBMITTED, departmentCode, null, dueAt, null,
				null, null, null, null, null, null, null, null, 0);
		request.newSteps.add(new Step(filing.submittedAt(), actor, "submitted", null, RequestStatus.SUBMITTED, null, true));
		return request;
	}

	public void acknowledge(String actor, Instant at) {
		move(RequestStatus.ACKNOWLEDGED, actor, at, "acknowledged", null, true);
		acknowledgedAt = at;
	}

	/** Routes (or re-routes) the request to a department and, optionally, an officer in it. */
	public void assignTo(String department, String officerUsername, String actor, Instant at) {
		if (department == null || department.isBlank()) {
			throw new InvalidInput("department", "is required");
		}
		String note = "department " + department + (officerUsername == null ? "" : ", officer " + officerUsername)
				+ (departmentCode.equals(department) ? "" : " (re-routed from " + departmentCode + ")");
		move(RequestStatus.ASSIGNED, actor, at, "assigned", note, false);
		if (acknowledgedAt == null) {
			acknowledgedAt = at;
		}
		departmentCode = department;
		officer = officerUsername == null || officerUsername.isBlank() ? null : officerUsername;
	}

	public void startWork(String actor, Instant at) {
		move(RequestStatus.IN_PROGRESS, actor, at, "started", null, true);
	}

	public void resolve(String publicNote, String actor, Instant at) {
		requireText(publicNote, "note", "say what was done");
		move(RequestStatus.RESOLVED, actor, at, "resolved", publicNote, true);
		resolvedAt = at;
	}

	public void close(String actor, Instant at) {
		move(RequestStatus.CLOSED, actor, at, "closed", null, true);
		closedAt = at;
	}

	public void reject(String reason, String actor, Instant at) {
		requireText(reason, "reason", "say why the request is rejected");
		move(RequestStatus.REJECTED, actor, at, "rejected", reason, true);
		rejectionReason = reason;
		closedAt = at;
	}

	/** Hands the request to another organisation (the province, Eskom) under its own reference. */
	public void referTo(String organisation, String theirReference, String actor, Instant at) {
		requireText(organisation, "referredTo", "name the organisation");
		move(RequestStatus.REFERRED, actor, at, "referred",
				organisation + (theirReference == null || theirReference.isBlank() ? "" : " (" + theirReference + ")"), true);
		referredTo = organisation;
		referredReference = theirReference;
		closedAt = at;
	}

	/** Merges this request into an earlier report of the same problem. */
	public void markDuplicateOf(ServiceRequest original, String actor, Instant at) {
		if (original.id == null || original.id.equals(id)) {
			throw new InvalidInput("original", "must be another, saved request");
		}
		if (!original.organisationCode().equals(organisationCode())) {
			throw new InvalidInput("original", "must belong to the same municipality");
		}
		move(RequestStatus.DUPLICATE, actor, at, "merged", "duplicate of " + original.reference(), true);
		duplicateOf = original.id;
		closedAt = at;
	}

	/** Opens a resolved or closed request again when the problem is not fixed, within the window. */
	public void reopen(String reason, Duration window, String actor, Instant at) {
		requireText(reason, "reason", "say what is still wrong");
		Instant since = resolvedAt != null ? resolvedAt : closedAt;
		if (since != null && at.isAfter(since.plus(window))) {
			throw new org.thusong.core.Conflict("status", "Request " + reference() + " was resolved more than "
					+ window.toDays() + " days ago; file a new request instead");
		}
		move(RequestStatus.REOPENED, actor, at, "reopened", reason, true);
		resolvedAt = null;
		closedAt = null;
	}

	/** A note on the request: public notes are told to the reporter, internal ones stay with staff. */
	public void addNote(String text, boolean isPublic, String actor, Instant at) {
		requireText(text, "note", "write the note");
		if (text.length() > 4000) {
			throw new InvalidInput("note", "must be at most 4,000 characters");
		}
		newSteps.add(new Step(at, actor, isPublic ? "public-note" : "internal-note", status, status, text, isPublic));
	}

	/** The reporter's satisfaction, once the request is resolved. */
	public void rate(int stars, String comment, Instant at) {
		if (status != RequestStatus.RESOLVED && status != RequestStatus.CLOSED) {
			throw new org.thusong.core.Conflict("rating", "Only a resolved request can be rated");
		}
		if (stars < 1 || stars > 5) {
			throw new InvalidInput("rating", "must be a whole number from 1 to 5");
		}
		if (comment != null && comment.length() > 2000) {
			throw new InvalidInput("comment", "must be at most 2,000 characters");
		}
		rating = stars;
		ratingComment = comment == null || comment.isBlank() ? null : comment.strip();
		newSteps.add(new Step(at, "reporter", "rated", status, status, stars + "/5", false));
	}

	private void move(RequestStatus to, String actor, Instant at, String action, String note, boolean isPublic) {
		if (!status.next().contains(to)) {
			throw new IllegalTransition(reference(), status, to);
		}
		newSteps.add(new Step(at, actor, action, status, to, note, isPublic));
		status = to;
	}

	private static void requireText(String text, String field, String rule) {
		if (text == null || text.isBlank()) {
			throw new InvalidInput(field, "is required: " + rule);
		}
	}

	/** Whether the service-level clock has run out on an open request. */
	public boolean isOverdue(Instant now) {
		return status.isOpen() && now.isAfter(dueAt);
	}

	public Long id() {
		return id;
	}

	public Filing filing() {
		return filing;
	}

	public String reference() {
		return filing.reference();
	}

	public String organisationCode() {
		return filing.organisationCode();
	}

	public RequestStatus status() {
		return status;
	}

	public String departmentCode() {
		return departmentCode;
	}

	public String officer() {
		return officer;
	}

	public Instant dueAt() {
		return dueAt;
	}

	public Instant acknowledgedAt() {
		return acknowledgedAt;
	}

	public Instant resolvedAt() {
		return resolvedAt;
	}

	public Instant closedAt() {
		return closedAt;
	}

	public Long duplicateOf() {
		return duplicateOf;
	}

	public String referredTo() {
		return referredTo;
	}

	public String referredReference() {
		return referredReference;
	}

	public String rejectionReason() {
		return rejectionReason;
	}

	public Integer rating() {
		return rating;
	}

	public String ratingComment() {
		return ratingComment;
	}

	public int version() {
		return version;
	}

	/** Steps taken since the request was loaded, for the repository to append. */
	public List<Step> newSteps() {
		return List.copyOf(newSteps);
	}
}
