package org.thusong.coordination;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.audit.AuditTrail;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;
import org.thusong.core.Scope;
import org.thusong.identity.ThusongUser;
import org.thusong.organisations.OrganisationSummary;
import org.thusong.organisations.Organisations;

/**
 * Intergovernmental forums: who convenes them, who is a member, how often they meet, their
 * meetings and resolutions tracked to completion; and the forum audit. The audit's overlap of two
 * forums is 0.6 × the Jaccard index of their member organisations plus 0.4 × the Jaccard index of
 * the words (four letters or more) of their terms of reference, plus 0.1 when they are of the same
 * type (capped at 1). "Meeting fatigue" is, for each member organisation and each named official,
 * the meetings a month its forums expect: the sum of meetings per year ÷ 12.
 */
@Service
@Transactional
public class Forums {

	public enum ForumType {
		POLITICAL, TECHNICAL, SECTOR, IGR, MUHTAR
	}

	public record Member(String organisation, String official) {
	}

	public record Resolution(long id, String text, String owner, LocalDate dueOn, LocalDate doneOn) {

		public boolean overdue() {
			return doneOn == null && dueOn.isBefore(LocalDate.now());
		}
	}

	public record Meeting(long id, LocalDate heldOn, String agenda, List<String> attendance, java.util.UUID minutes,
			List<Resolution> resolutions) {
	}

	public record Forum(long id, String name, ForumType type, String convener, String termsOfReference,
			int meetingsPerYear, List<Member> members, List<Meeting> meetings) {
	}

	public record Overlap(Forum first, Forum second, double score, List<String> sharedMembers) {
	}

	public record Fatigue(String who, String name, boolean official, double meetingsPerMonth, List<String> forums) {
	}

	public record Audit(List<Overlap> overlaps, List<Fatigue> organisations, List<Fatigue> officials) {
	}

	private final JdbcClient jdbc;

	private final Organisations organisations;

	private final AuditTrail audit;

	private final org.thusong.documents.Documents documents;

	Forums(JdbcClient jdbc, Organisations organisations, AuditTrail audit, org.thusong.documents.Documents documents) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.audit = audit;
		this.documents = documents;
	}

	/** A new forum convened by the creator's organisation, with members given as "CODE" or "CODE:official". */
	public Forum create(String name, ForumType type, String termsOfReference, Integer meetingsPerYear, List<String> members,
			ThusongUser creator) {
		OrganisationSummary convener = creator.organisationCode() == null ? null
				: organisations.findByCode(creator.organisationCode()).orElse(null);
		if (convener == null) {
			throw new InvalidInput("convener", "a forum is convened by an organisation; your account has none");
		}
		String title = required(name, "name", 200);
		if (type == null) {
			throw new InvalidInput("type", "choose the type of forum");
		}
		String terms = required(termsOfReference, "termsOfReference", 4000);
		if (meetingsPerYear == null || meetingsPerYear < 1 || meetingsPerYear > 52) {
			throw new InvalidInput("meetingsPerYear", "must be between 1 and 52");
		}
		List<Member> parsed = new ArrayList<>();
		for (String member : members == null ? List.<String>of() : members) {
			if (member == null || member.isBlank()) {
				continue;
			}
			String[] parts = member.trim().split(":", 2);
			OrganisationSummary organisation = organisations.findByCode(parts[0].trim())
				.orElseThrow(() -> new InvalidInput("members", "no organisation has the code '" + parts[0].trim() + "'"));
			parsed.add(new Member(organisation.code(), parts.length > 1 ? parts[1].trim() : ""));
		}
		if (parsed.isEmpty()) {
			throw new InvalidInput("members", "name at least one member organisation");
		}
		long id = jdbc.sql("""
				INSERT INTO coordination_forum (name, forum_type, convener_code, convener_path, terms_of_reference,
				    meetings_per_year, created_by)
				VALUES (:name, :type, :convener, :path, :terms, :per, :by) RETURNING id""")
			.param("name", title)
			.param("type", type.name())
			.param("convener", convener.code())
			.param("path", convener.jurisdictionPath())
			.param("terms", terms)
			.param("per", meetingsPerYear)
			.param("by", creator.getUsername())
			.query(Long.class)
			.single();
		for (Member m : new java.util.LinkedHashSet<>(parsed)) {
			jdbc.sql("INSERT INTO coordination_forum_member (forum_id, organisation_code, official) VALUES (:f, :o, :p)")
				.param("f", id)
				.param("o", m.organisation())
				.param("p", m.official())
				.update();
		}
		audit.record("forum", String.valueOf(id), "created", convener.jurisdictionPath(), null,
				Map.of("name", title, "members", parsed.size()));
		return find(id, creator.scope()).orElseThrow();
	}

	public Meeting recordMeeting(long forumId, LocalDate heldOn, String agenda, List<String> attendance, ThusongUser by) {
		return recordMeeting(forumId, heldOn, agenda, attendance, null, by);
	}

	/**
	 * Records a meeting with its minutes (a document, type checked by the documents module, kept in
	 * the convener's area); a refused file undoes the whole record.
	 */
	public Meeting recordMeeting(long forumId, LocalDate heldOn, String agenda, List<String> attendance,
			org.springframework.web.multipart.MultipartFile minutes, ThusongUser by) {
		Forum forum = find(forumId, by.scope()).orElseThrow(() -> new NotFound("No forum " + forumId + " within your scope"));
		if (heldOn == null) {
			throw new InvalidInput("heldOn", "is required");
		}
		String text = required(agenda, "agenda", 4000);
		java.util.UUID document = null;
		if (minutes != null && !minutes.isEmpty()) {
			OrganisationSummary convener = organisations.findByCode(forum.convener()).orElseThrow();
			document = documents.store(null, minutes, convener.jurisdictionPath(), convener.code(),
					"Minutes of " + forum.name() + ", " + heldOn).id().value();
		}
		long id = jdbc.sql("""
				INSERT INTO coordination_meeting (forum_id, held_on, agenda, attendance, minutes_document, recorded_by)
				VALUES (:f, :on, :agenda, :attendance, :minutes, :by) RETURNING id""")
			.param("f", forum.id())
			.param("on", Date.valueOf(heldOn))
			.param("agenda", text)
			.param("attendance", (attendance == null ? List.<String>of() : attendance.stream().filter(a -> !a.isBlank())
				.map(String::trim).toList()).toArray(String[]::new))
			.param("minutes", document)
			.param("by", by.getUsername())
			.query(Long.class)
			.single();
		return new Meeting(id, heldOn, text, attendance == null ? List.of() : attendance, document, List.of());
	}

	public Resolution resolve(long meetingId, String text, String owner, LocalDate dueOn, ThusongUser by) {
		Long forumId = jdbc.sql("SELECT forum_id FROM coordination_meeting WHERE id = :id").param("id", meetingId)
			.query(Long.class).optional().orElseThrow(() -> new NotFound("No meeting " + meetingId));
		find(forumId, by.scope()).orElseThrow(() -> new NotFound("No meeting " + meetingId + " within your scope"));
		String resolution = required(text, "text", 2000);
		String who = required(owner, "owner", 200);
		if (dueOn == null) {
			throw new InvalidInput("dueOn", "is required");
		}
		long id = jdbc.sql("""
				INSERT INTO coordination_resolution (meeting_id, text, owner, due_on) VALUES (:m, :t, :o, :d) RETURNING id""")
			.param("m", meetingId)
			.param("t", resolution)
			.param("o", who)
			.param("d", Date.valueOf(dueOn))
			.query(Long.class)
			.single();
		return new Resolution(id, resolution, who, dueOn, null);
	}

	public void complete(long resolutionId, ThusongUser by) {
		Long forumId = jdbc.sql("""
				SELECT m.forum_id FROM coordination_resolution r JOIN coordination_meeting m ON m.id = r.meeting_id
				 WHERE r.id = :id""").param("id", resolutionId).query(Long.class).optional()
			.orElseThrow(() -> new NotFound("No resolution " + resolutionId));
		find(forumId, by.scope()).orElseThrow(() -> new NotFound("No resolution " + resolutionId + " within your scope"));
		jdbc.sql("UPDATE coordination_resolution SET done_on = current_date WHERE id = :id AND done_on IS NULL")
			.param("id", resolutionId).update();
	}

	/** A forum within the scope: convened there or with a member organisation there. */
	@Transactional(readOnly = true)
	public Optional<Forum> find(long id, Scope scope) {
		return ids(scope, id).stream().findFirst().map(this::load);
	}

	@Transactional(readOnly = true)
	public List<Forum> forums(Scope scope) {
		return ids(scope, null).stream().map(this::load).toList();
	}

	/** The forums the scope sees (one, when an id is given). */
	private List<Long> ids(Scope scope, Long only) {
		return jdbc.sql("""
				SELECT DISTINCT f.id FROM coordination_forum f
				  LEFT JOIN coordination_forum_member m ON m.forum_id = f.id
				  LEFT JOIN organisation o ON o.code = m.organisation_code
				 WHERE (f.convener_path LIKE ANY (:scope) OR o.jurisdiction_path LIKE ANY (:scope))
				   AND (CAST(:only AS bigint) IS NULL OR f.id = :only)
				 ORDER BY f.id""")
			.param("scope", scope.likePatternArray())
			.param("only", only)
			.query(Long.class)
			.list();
	}

	@Transactional(readOnly = true)
	public Audit audit(Scope scope) {
		List<Forum> forums = forums(scope);
		List<Overlap> overlaps = new ArrayList<>();
		for (int i = 0; i < forums.size(); i++) {
			for (int j = i + 1; j < forums.size(); j++) {
				Forum a = forums.get(i);
				Forum b = forums.get(j);
				Set<String> ma = organisationsOf(a);
				Set<String> mb = organisationsOf(b);
				double score = Math.min(1, 0.6 * jaccard(ma, mb) + 0.4 * jaccard(words(a.termsOfReference()),
						words(b.termsOfReference())) + (a.type() == b.type() ? 0.1 : 0));
				Set<String> shared = new java.util.TreeSet<>(ma);
				shared.retainAll(mb);
				overlaps.add(new Overlap(a, b, Math.round(score * 100) / 100.0, List.copyOf(shared)));
			}
		}
		overlaps.sort(Comparator.comparingDouble(Overlap::score).reversed());
		Map<String, List<Forum>> byOrganisation = new LinkedHashMap<>();
		Map<String, List<Forum>> byOfficial = new LinkedHashMap<>();
		for (Forum f : forums) {
			for (String o : organisationsOf(f)) {
				byOrganisation.computeIfAbsent(o, k -> new ArrayList<>()).add(f);
			}
			for (Member m : f.members()) {
				if (!m.official().isBlank()) {
					byOfficial.computeIfAbsent(m.official() + " (" + m.organisation() + ")", k -> new ArrayList<>()).add(f);
				}
			}
		}
		return new Audit(overlaps.stream().limit(20).toList(), fatigue(byOrganisation, false), fatigue(byOfficial, true));
	}

	private List<Fatigue> fatigue(Map<String, List<Forum>> by, boolean official) {
		return by.entrySet().stream()
			.map(e -> new Fatigue(e.getKey(),
					official ? e.getKey() : organisations.findByCode(e.getKey()).map(OrganisationSummary::name).orElse(e.getKey()),
					official,
					Math.round(e.getValue().stream().mapToInt(Forum::meetingsPerYear).sum() / 12.0 * 10) / 10.0,
					e.getValue().stream().map(Forum::name).toList()))
			.sorted(Comparator.comparingDouble(Fatigue::meetingsPerMonth).reversed().thenComparing(Fatigue::who))
			.toList();
	}

	private Forum load(long id) {
		record Head(String name, ForumType type, String convener, String terms, int per) {
		}
		Head head = jdbc.sql("SELECT * FROM coordination_forum WHERE id = :id").param("id", id)
			.query((rs, n) -> new Head(rs.getString("name"), ForumType.valueOf(rs.getString("forum_type")),
					rs.getString("convener_code"), rs.getString("terms_of_reference"), rs.getInt("meetings_per_year")))
			.single();
		List<Member> members = jdbc.sql("""
				SELECT organisation_code, official FROM coordination_forum_member WHERE forum_id = :id ORDER BY 1, 2""")
			.param("id", id)
			.query((rs, n) -> new Member(rs.getString(1), rs.getString(2)))
			.list();
		Map<Long, List<Resolution>> resolutions = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT r.* FROM coordination_resolution r JOIN coordination_meeting m ON m.id = r.meeting_id
				 WHERE m.forum_id = :id ORDER BY r.id""")
			.param("id", id)
			.query((rs, n) -> resolutions.computeIfAbsent(rs.getLong("meeting_id"), k -> new ArrayList<>())
				.add(new Resolution(rs.getLong("id"), rs.getString("text"), rs.getString("owner"),
						rs.getDate("due_on").toLocalDate(), rs.getDate("done_on") == null ? null : rs.getDate("done_on").toLocalDate())))
			.list();
		List<Meeting> meetings = jdbc.sql("SELECT * FROM coordination_meeting WHERE forum_id = :id ORDER BY held_on DESC, id DESC")
			.param("id", id)
			.query((rs, n) -> new Meeting(rs.getLong("id"), rs.getDate("held_on").toLocalDate(), rs.getString("agenda"),
					Arrays.asList((String[]) rs.getArray("attendance").getArray()), rs.getObject("minutes_document", java.util.UUID.class),
					resolutions.getOrDefault(rs.getLong("id"), List.of())))
			.list();
		return new Forum(id, head.name(), head.type(), head.convener(), head.terms(), head.per(), members, meetings);
	}

	private static Set<String> organisationsOf(Forum forum) {
		Set<String> set = new HashSet<>();
		forum.members().forEach(m -> set.add(m.organisation()));
		return set;
	}

	private static Set<String> words(String text) {
		Set<String> set = new HashSet<>();
		for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
			if (w.length() >= 4) {
				set.add(w);
			}
		}
		return set;
	}

	static double jaccard(Set<String> a, Set<String> b) {
		if (a.isEmpty() && b.isEmpty()) {
			return 0;
		}
		Set<String> union = new HashSet<>(a);
		union.addAll(b);
		Set<String> both = new HashSet<>(a);
		both.retainAll(b);
		return (double) both.size() / union.size();
	}

	private static String required(String text, String field, int max) {
		String t = text == null ? "" : text.trim();
		if (t.isEmpty() || t.length() > max) {
			throw new InvalidInput(field, "is required, at most " + max + " characters");
		}
		return t;
	}
}
