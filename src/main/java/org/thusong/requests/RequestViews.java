package org.thusong.requests;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.core.Scope;

/** Turns a request into what staff and the public may read of it. */
@Service
@Transactional(readOnly = true)
public class RequestViews {

	private final ServiceRequests requests;

	private final RequestDesk desk;

	RequestViews(ServiceRequests requests, RequestDesk desk) {
		this.requests = requests;
		this.desk = desk;
	}

	/** The full request for staff whose scope covers it; 404 otherwise. */
	public RequestView forStaff(String reference, Scope scope) {
		return view(desk.visible(reference, scope, "reference"), false);
	}

	/** What anyone holding the reference number may read: no personal data, public notes only. */
	public RequestView forPublic(String reference) {
		RequestView full = view(desk.visible(reference, Scope.everything(), "reference"), true);
		return new RequestView(full.reference(), full.organisationCode(), full.serviceCode(), full.kind(), full.status(),
				full.description(), full.latitude(), full.longitude(), full.address(), full.wardCode(), full.wardDemarcation(),
				full.wardName(), null, null, null, full.filedBy(), null, full.channel(), full.priority(), null, null,
				full.submittedAt(), full.dueAt(), full.acknowledgedAt(), full.resolvedAt(), full.closedAt(), full.overdue(),
				full.duplicateOf(), full.reports(), full.referredTo(), full.referredReference(), full.rejectionReason(),
				full.rating(), null, java.util.Map.of(), full.history());
	}

	/** The documents holding the reporter's photos, for staff who may open the request. */
	public List<java.util.UUID> photos(String reference) {
		return requests.findByReference(reference).map(r -> requests.photos(r.id())).orElse(List.of());
	}

	/** How many photos the reporter attached (the public status page shows the count only). */
	public int photoCount(String reference) {
		return requests.findByReference(reference).map(r -> requests.photos(r.id()).size()).orElse(0);
	}

	public RequestView view(ServiceRequest r, boolean publicOnly) {
		ServiceRequest.Filing f = r.filing();
		String original = r.duplicateOf() == null ? null
				: requests.findById(r.duplicateOf()).map(ServiceRequest::reference).orElse(null);
		return new RequestView(r.reference(), r.organisationCode(), f.serviceCode(), f.kind(), r.status(), f.description(),
				f.latitude(), f.longitude(), f.address(), f.wardCode(), f.wardDemarcation(), f.wardName(), f.reporter().name(),
				f.reporter().phone(), f.reporter().email(), f.filedBy(), f.filedByUser(), f.channel(), f.priority(),
				r.departmentCode(), r.officer(), f.submittedAt(), r.dueAt(), r.acknowledgedAt(), r.resolvedAt(), r.closedAt(),
				r.isOverdue(Instant.now()), original, 1 + requests.duplicatesOf(r.id()), r.referredTo(), r.referredReference(),
				r.rejectionReason(), r.rating(), r.ratingComment(), requests.answers(r.id()), requests.history(r.id(), publicOnly));
	}
}
