package org.thusong.coordination;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.audit.AuditTrail;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;
import org.thusong.core.Scope;
import org.thusong.identity.ThusongUser;
import org.thusong.indicators.Aggregation;
import org.thusong.indicators.DataElement;
import org.thusong.indicators.IndicatorLibrary;
import org.thusong.indicators.IndicatorValues;
import org.thusong.indicators.Period;
import org.thusong.organisations.OrganisationKind;
import org.thusong.organisations.OrganisationSummary;
import org.thusong.organisations.Organisations;

/**
 * The single entry point for data requests. Filing consolidates at once: each cell (municipality
 * × data element × period) the central database already holds is answered from it; a cell another
 * open request has already asked of that municipality joins that ask; only the rest becomes a new
 * ask. A municipality answers all its open asks in one form; each answer becomes a value of the
 * central database (source "data request") and so reaches every request that wanted it.
 */
@Service
@Transactional
public class DataRequests {

	/** The most cells one request may hold, so that a slip of the hand does not ask 100,000 things. */
	static final int MOST_CELLS = 5_000;

	/** The longest comment an answer may carry. */
	static final int MOST_COMMENT = 1_000;

	private final JdbcClient jdbc;

	private final IndicatorLibrary library;

	private final IndicatorValues values;

	private final Organisations organisations;

	private final AuditTrail audit;

	private final MessageSource messages;

	DataRequests(JdbcClient jdbc, IndicatorLibrary library, IndicatorValues values, Organisations organisations,
			AuditTrail audit, MessageSource messages) {
		this.jdbc = jdbc;
		this.library = library;
		this.values = values;
		this.organisations = organisations;
		this.audit = audit;
		this.messages = messages;
	}

	public DataRequestView file(NewDataRequest command, ThusongUser requester) {
		String title = command.title() == null ? "" : command.title().trim();
		if (title.isEmpty() || title.length() > 300) {
			throw new InvalidInput("title", "is required, at most 300 characters");
		}
		if (command.dueOn() == null || command.dueOn().isBefore(LocalDate.now())) {
			throw new InvalidInput("dueOn", "is required and may not be in the past");
		}
		OrganisationSummary requesterOrg = requester.organisationCode() == null ? null
				: organisations.findByCode(requester.organisationCode()).orElse(null);
		if (requesterOrg == null) {
			throw new InvalidInput("requester", "a data request is filed on behalf of an organisation; your account has none");
		}
		List<DataElement> elements = elements(command);
		List<Period> periods = new ArrayList<>();
		for (String p : nonEmpty(command.periods(), "periods")) {
			periods.add(Period.parse(p, "periods"));
		}
		List<OrganisationSummary> municipalities = new ArrayList<>();
		for (String code : new LinkedHashSet<>(nonEmpty(command.municipalities(), "municipalities"))) {
			OrganisationSummary m = organisations.findByCode(code)
				.filter(o -> o.kind() == OrganisationKind.MUNICIPALITY && requester.scope().covers(o.jurisdictionPath()))
				.orElseThrow(() -> new InvalidInput("municipalities", "no municipality with the code '" + code
						+ "' within your scope"));
			municipalities.add(m);
		}
		long cells = (long) elements.size() * periods.size() * municipalities.size();
		if (cells > MOST_CELLS) {
			throw new InvalidInput("dataElements", "the request would hold " + cells + " values; at most " + MOST_CELLS);
		}

		String reference = reference();
		long id = jdbc.sql("""
				INSERT INTO coordination_data_request (reference, title, requester_org, requester_path, requested_by, due_on)
				VALUES (:reference, :title, :org, :path, :by, :due) RETURNING id""")
			.param("reference", reference)
			.param("title", title)
			.param("org", requesterOrg.code())
			.param("path", requesterOrg.jurisdictionPath())
			.param("by", requester.getUsername())
			.param("due", Date.valueOf(command.dueOn()))
			.query(Long.class)
			.single();
		// What the central database holds is read for every cell at once, then each cell is settled.
		List<IndicatorValues.Wanted> wanted = new ArrayList<>();
		for (OrganisationSummary m : municipalities) {
			for (DataElement element : elements) {
				for (Period period : periods) {
					wanted.add(new IndicatorValues.Wanted(element, m.jurisdictionPath(), period));
				}
			}
		}
		List<BigDecimal> held = values.totals(wanted);
		int cell = 0;
		for (OrganisationSummary m : municipalities) {
			for (DataElement element : elements) {
				for (Period period : periods) {
					consolidate(id, m, element, period, command.dueOn(), held.get(cell++) != null);
				}
			}
		}
		audit.record("data-request", reference, "filed", requesterOrg.jurisdictionPath(), null,
				Map.of("title", title, "cells", cells, "municipalities", municipalities.stream().map(OrganisationSummary::code).toList()));
		return find(reference, requester.scope()).orElseThrow();
	}

	private void consolidate(long requestId, OrganisationSummary m, DataElement element, Period period, LocalDate due,
			boolean held) {
		DataRequestView.How how;
		Long askId = null;
		if (held) {
			how = DataRequestView.How.DATABASE;
		}
		else {
			Optional<Long> open = jdbc.sql("""
					SELECT id FROM coordination_ask
					 WHERE municipality_code = :m AND data_element = :e AND period = :p AND answered_at IS NULL""")
				.param("m", m.code())
				.param("e", element.code())
				.param("p", period.iso())
				.query(Long.class)
				.optional();
			if (open.isPresent()) {
				how = DataRequestView.How.MERGED;
				askId = open.get();
				// The earliest due date of the requests that want it.
				jdbc.sql("UPDATE coordination_ask SET due_on = least(due_on, :due) WHERE id = :id")
					.param("due", Date.valueOf(due))
					.param("id", askId)
					.update();
			}
			else {
				how = DataRequestView.How.ASKED;
				askId = jdbc.sql("""
						INSERT INTO coordination_ask (municipality_code, municipality_path, data_element, period, due_on)
						VALUES (:m, :path, :e, :p, :due) RETURNING id""")
					.param("m", m.code())
					.param("path", m.jurisdictionPath())
					.param("e", element.code())
					.param("p", period.iso())
					.param("due", Date.valueOf(due))
					.query(Long.class)
					.single();
			}
		}
		jdbc.sql("""
				INSERT INTO coordination_request_cell (request_id, municipality_code, municipality_path, data_element, period, how, ask_id)
				VALUES (:r, :m, :path, :e, :p, :how, :ask)""")
			.param("r", requestId)
			.param("m", m.code())
			.param("path", m.jurisdictionPath())
			.param("e", element.code())
			.param("p", period.iso())
			.param("how", how.name())
			.param("ask", askId)
			.update();
	}

	private List<DataElement> elements(NewDataRequest command) {
		List<DataElement> elements = new ArrayList<>();
		for (NewDataRequest.NewItem item : command.newItems() == null ? List.<NewDataRequest.NewItem>of() : command.newItems()) {
			if (item.code() == null || !item.code().trim().matches("[A-Za-z0-9._()-]{2,60}")) {
				throw new InvalidInput("newItems", "each new item needs a code of 2 to 60 letters, digits, dots, dashes or brackets");
			}
			if (item.name() == null || item.name().isBlank() || item.definition() == null || item.definition().isBlank()) {
				throw new InvalidInput("newItems", "the new item '" + item.code().trim() + "' needs a name and a definition");
			}
			elements.add(library.defineElement(item.code().trim(), item.name().trim(), item.definition().trim(),
					Aggregation.SUM, "coordination"));
		}
		for (String code : command.dataElements() == null ? List.<String>of() : command.dataElements()) {
			if (code == null || code.isBlank()) {
				continue;
			}
			elements.add(library.element(code.trim())
				.orElseThrow(() -> new InvalidInput("dataElements", "no data element has the code '" + code.trim()
						+ "': choose one of the library or define a new item")));
		}
		if (elements.isEmpty()) {
			throw new InvalidInput("dataElements", "name at least one data element");
		}
		return elements.stream().distinct().toList();
	}

	private static List<String> nonEmpty(List<String> list, String field) {
		List<String> given = list == null ? List.of()
				: list.stream().filter(s -> s != null && !s.isBlank()).map(String::trim).toList();
		if (given.isEmpty()) {
			throw new InvalidInput(field, "name at least one");
		}
		return given;
	}

	private String reference() {
		int year = Year.now().getValue();
		// Two filings at once take turns, so that they do not count to the same number.
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('data-request-reference'))").query(Object.class).single();
		long n = jdbc.sql("SELECT count(*) + 1 FROM coordination_data_request WHERE reference LIKE :prefix")
			.param("prefix", "DR-" + year + "-%")
			.query(Long.class)
			.single();
		return String.format("DR-%d-%05d", year, n);
	}

	/** A request within the reader's scope (the requester's organisation or a municipality asked). */
	@Transactional(readOnly = true)
	public Optional<DataRequestView> find(String reference, Scope scope) {
		record Head(long id, String reference, String title, String org, String path, String by, LocalDate due,
				java.time.Instant created) {
		}
		Optional<Head> head = jdbc.sql("SELECT * FROM coordination_data_request WHERE reference = :r")
			.param("r", reference == null ? "" : reference.trim())
			.query((rs, n) -> new Head(rs.getLong("id"), rs.getString("reference"), rs.getString("title"),
					rs.getString("requester_org"), rs.getString("requester_path"), rs.getString("requested_by"),
					rs.getDate("due_on").toLocalDate(), rs.getTimestamp("created_at").toInstant()))
			.optional()
			.filter(h -> scope.covers(h.path()));
		return head.map(h -> {
			record Stored(String municipality, String dataElement, String period, DataRequestView.How how, boolean answered) {
			}
			List<Stored> stored = jdbc.sql("""
					SELECT c.municipality_code, c.data_element, c.period, c.how, a.answered_at FROM coordination_request_cell c
					  LEFT JOIN coordination_ask a ON a.id = c.ask_id
					 WHERE c.request_id = :id ORDER BY c.municipality_code, c.data_element, c.period""")
				.param("id", h.id())
				.query((rs, n) -> {
					DataRequestView.How how = DataRequestView.How.valueOf(rs.getString("how"));
					return new Stored(rs.getString("municipality_code"), rs.getString("data_element"), rs.getString("period"),
							how, how == DataRequestView.How.DATABASE || rs.getTimestamp("answered_at") != null);
				})
				.list();
			// Each municipality and element read once, however many cells name them, and every
			// cell's value in one read.
			Map<String, Optional<OrganisationSummary>> municipalities = new HashMap<>();
			Map<String, Optional<DataElement>> elements = new HashMap<>();
			List<IndicatorValues.Wanted> wanted = new ArrayList<>();
			List<Integer> wantedFor = new ArrayList<>();
			for (int i = 0; i < stored.size(); i++) {
				Stored c = stored.get(i);
				Optional<OrganisationSummary> m = municipalities.computeIfAbsent(c.municipality(), organisations::findByCode);
				Optional<DataElement> e = elements.computeIfAbsent(c.dataElement(), library::element);
				if (m.isPresent() && e.isPresent()) {
					wanted.add(new IndicatorValues.Wanted(e.get(), m.get().jurisdictionPath(), Period.parse(c.period(), "period")));
					wantedFor.add(i);
				}
			}
			BigDecimal[] valueOf = new BigDecimal[stored.size()];
			List<BigDecimal> totals = values.totals(wanted);
			for (int k = 0; k < wanted.size(); k++) {
				valueOf[wantedFor.get(k)] = totals.get(k);
			}
			List<DataRequestView.Cell> cells = new ArrayList<>();
			for (int i = 0; i < stored.size(); i++) {
				Stored c = stored.get(i);
				Optional<OrganisationSummary> m = municipalities.get(c.municipality());
				BigDecimal value = valueOf[i];
				cells.add(new DataRequestView.Cell(c.municipality(), m.map(OrganisationSummary::name).orElse(c.municipality()),
						m.map(OrganisationSummary::jurisdictionAreaCode).orElse(null), c.dataElement(), c.period(), c.how(), value,
						c.answered() && value != null));
			}
			return new DataRequestView(h.reference(), h.title(), h.org(), h.by(), h.due(), h.created(), cells);
		});
	}

	/** The requests filed by organisations within the scope, newest first. */
	@Transactional(readOnly = true)
	public List<Map<String, Object>> list(Scope scope) {
		return jdbc.sql("""
				SELECT r.reference, r.title, r.requester_org, r.due_on, r.created_at,
				       count(c.*) AS cells,
				       count(c.*) FILTER (WHERE c.how = 'DATABASE' OR a.answered_at IS NOT NULL) AS answered
				  FROM coordination_data_request r
				  LEFT JOIN coordination_request_cell c ON c.request_id = r.id
				  LEFT JOIN coordination_ask a ON a.id = c.ask_id
				 WHERE r.requester_path LIKE ANY (:scope)
				 GROUP BY r.id ORDER BY r.created_at DESC LIMIT 200""")
			.param("scope", scope.likePatternArray())
			.query()
			.listOfRows();
	}

	/** The code of the municipality if it lies within the scope; else it does not exist for the asker. */
	@Transactional(readOnly = true)
	public String municipalityWithin(String code, Scope scope) {
		return organisations.findByCode(code)
			.filter(o -> o.kind() == OrganisationKind.MUNICIPALITY && scope.covers(o.jurisdictionPath()))
			.map(OrganisationSummary::code)
			.orElseThrow(() -> new NotFound("No municipality has the code '" + code + "' within your scope"));
	}

	/** A municipality's open asks, every request's in one list: its one form. */
	@Transactional(readOnly = true)
	public List<Ask> openAsks(String municipalityCode) {
		return asks(municipalityCode, false);
	}

	/**
	 * Everything currently asked of a municipality: its open asks, and the asks it has answered for
	 * requests not yet past their due date, each with the value given. What its workbook holds, so
	 * that a workbook downloaded again shows the answers already given.
	 */
	@Transactional(readOnly = true)
	public List<Ask> currentAsks(String municipalityCode) {
		return asks(municipalityCode, true);
	}

	private List<Ask> asks(String municipalityCode, boolean withAnsweredOfRunningRequests) {
		record Row(long id, String element, String period, LocalDate due, java.time.Instant answeredAt, List<String> requests) {
		}
		List<Row> rows = jdbc.sql("""
				SELECT a.id, a.data_element, a.period, a.due_on, a.answered_at,
				       array_agg(DISTINCT r.reference ORDER BY r.reference) AS requests
				  FROM coordination_ask a
				  JOIN coordination_request_cell c ON c.ask_id = a.id
				  JOIN coordination_data_request r ON r.id = c.request_id
				 WHERE a.municipality_code = :m AND (a.answered_at IS NULL OR :answered)
				 GROUP BY a.id
				HAVING a.answered_at IS NULL OR max(r.due_on) >= current_date
				 ORDER BY a.answered_at IS NOT NULL, a.due_on, a.data_element, a.period""")
			.param("m", municipalityCode)
			.param("answered", withAnsweredOfRunningRequests)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("data_element"), rs.getString("period"),
					rs.getDate("due_on").toLocalDate(),
					rs.getTimestamp("answered_at") == null ? null : rs.getTimestamp("answered_at").toInstant(),
					Arrays.asList((String[]) rs.getArray("requests").getArray())))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<String, DataElement> elements = new HashMap<>();
		library.elements(rows.stream().map(Row::element).distinct().toList()).forEach(e -> elements.put(e.code(), e));
		OrganisationSummary m = organisations.findByCode(municipalityCode).orElseThrow();
		java.time.ZoneId zone = Scope.of(m.jurisdictionPath()).timeZone();
		Map<String, BigDecimal> given = held(m, rows.stream().filter(r -> r.answeredAt() != null)
			.map(r -> key(r.element(), r.period())).toList());
		List<Ask> asks = new ArrayList<>();
		for (Row r : rows) {
			DataElement e = elements.get(r.element());
			asks.add(new Ask(r.id(), municipalityCode, r.element(), e == null ? r.element() : e.name(),
					e == null ? null : e.definition(), e == null ? null : e.unit(), r.period(), r.due(), r.requests(),
					r.answeredAt() == null ? null : r.answeredAt().atZone(zone).toLocalDate(),
					given.get(key(r.element(), r.period()))));
		}
		return asks;
	}

	/** The values the central database holds for the municipality itself, by {@link #key}, for the keys given. */
	private Map<String, BigDecimal> held(OrganisationSummary m, List<String> keys) {
		if (keys.isEmpty()) {
			return Map.of();
		}
		List<String> elements = keys.stream().map(k -> k.substring(0, k.indexOf('\u0000'))).distinct().toList();
		List<String> periods = keys.stream().map(k -> k.substring(k.indexOf('\u0000') + 1)).distinct().toList();
		Map<String, BigDecimal> held = new HashMap<>();
		values.find(Scope.of(m.jurisdictionPath()), elements, periods, List.of(m.jurisdictionPath()), false,
				elements.size() * periods.size())
			.forEach(v -> held.put(key(v.dataElement(), v.period()), v.value()));
		return held;
	}

	private static String key(String dataElement, String period) {
		return dataElement + '\u0000' + period;
	}

	/**
	 * A municipality's answers by ask id (the form and the API: ask id → value); see
	 * {@link #answer(String, List, ThusongUser)}. An id that is not an ask of this municipality
	 * names no question.
	 */
	public int answer(String municipalityCode, Map<Long, String> answers, ThusongUser official) {
		OrganisationSummary m = municipalityOf(municipalityCode, official);
		record Question(String element, String period) {
		}
		Map<Long, Question> questions = new HashMap<>();
		jdbc.sql("SELECT id, data_element, period FROM coordination_ask WHERE municipality_code = :m AND id = ANY (:ids)")
			.param("m", m.code())
			.param("ids", answers.keySet().toArray(Long[]::new))
			.query((rs, n) -> questions.put(rs.getLong("id"), new Question(rs.getString("data_element"), rs.getString("period"))))
			.list();
		List<Answer> given = new ArrayList<>();
		answers.forEach((id, value) -> {
			Question q = questions.get(id);
			given.add(new Answer("answer-" + id, q == null ? null : q.element(), q == null ? null : q.period(), value, null));
		});
		return answer(m.code(), given, official);
	}

	/**
	 * A municipality's answers to its asks; blank values are left for later. Every answer is checked
	 * before any is kept: a value that is not a number, a question not asked of the municipality, a
	 * question answered twice, or one already answered and so closed (unless given again with the
	 * same value, which changes nothing) refuses them all, with every problem named. Each kept
	 * answer becomes a value of the central database.
	 *
	 * @return how many asks were answered
	 * @throws AnswersRefused naming every problem; nothing is kept
	 */
	public int answer(String municipalityCode, List<Answer> answers, ThusongUser official) {
		OrganisationSummary m = municipalityOf(municipalityCode, official);
		// Two officials answering at once take turns: the second sees what the first answered as closed.
		jdbc.sql("SELECT id FROM coordination_ask WHERE municipality_code = :m AND answered_at IS NULL FOR UPDATE")
			.param("m", m.code())
			.query(Long.class)
			.list();
		Map<String, Ask> open = new HashMap<>();
		openAsks(m.code()).forEach(a -> open.put(key(a.dataElement(), a.period()), a));
		record Closed(int index, Answer answer, String key, BigDecimal value) {
		}
		record Found(int index, AnswersRefused.Problem problem) {
		}
		List<Found> problems = new ArrayList<>();
		List<Closed> notOpen = new ArrayList<>();
		Set<String> given = new java.util.HashSet<>();
		List<IndicatorValues.NewValue> accepted = new ArrayList<>();
		Set<Long> answered = new LinkedHashSet<>();
		for (int i = 0; i < answers.size(); i++) {
			Answer a = answers.get(i);
			String text = trimmed(a.value());
			if (text.isEmpty()) {
				continue;
			}
			String element = trimmed(a.dataElement());
			String period = trimmed(a.period());
			if (element.isEmpty() || period.isEmpty()) {
				problems.add(new Found(i, problem(a, AnswersRefused.Part.QUESTION, "noQuestion", m.name())));
				continue;
			}
			String key = key(element, period);
			if (!given.add(key)) {
				problems.add(new Found(i, problem(a, AnswersRefused.Part.QUESTION, "twice", element, period)));
				continue;
			}
			BigDecimal value = number(text);
			if (value == null) {
				problems.add(new Found(i, problem(a, AnswersRefused.Part.VALUE, "notANumber", element, period, text)));
			}
			String comment = trimmed(a.comment());
			if (comment.length() > MOST_COMMENT) {
				problems.add(new Found(i, problem(a, AnswersRefused.Part.COMMENT, "commentTooLong", String.valueOf(MOST_COMMENT))));
			}
			Ask ask = open.get(key);
			if (ask == null) {
				notOpen.add(new Closed(i, a, key, value));
			}
			else if (value != null && comment.length() <= MOST_COMMENT) {
				accepted.add(new IndicatorValues.NewValue(ask.dataElement(), m.jurisdictionAreaCode(), m.jurisdictionPath(),
						Period.parse(ask.period(), "period"), value, comment.isEmpty() ? null : comment));
				answered.add(ask.id());
			}
		}
		if (!notOpen.isEmpty()) {
			Map<String, java.time.Instant> answeredAt = answeredAt(m, notOpen.stream().map(Closed::key).toList());
			Map<String, BigDecimal> held = held(m, List.copyOf(answeredAt.keySet()));
			java.time.ZoneId zone = Scope.of(m.jurisdictionPath()).timeZone();
			for (Closed c : notOpen) {
				String element = trimmed(c.answer().dataElement());
				String period = trimmed(c.answer().period());
				java.time.Instant when = answeredAt.get(c.key());
				BigDecimal before = held.get(c.key());
				if (when == null) {
					problems.add(new Found(c.index(), problem(c.answer(), AnswersRefused.Part.QUESTION, "notAsked", element, period,
							m.name())));
				}
				else if (c.value() == null || before == null || before.compareTo(c.value()) != 0) {
					problems.add(new Found(c.index(), problem(c.answer(), AnswersRefused.Part.QUESTION, "closed", element, period,
							when.atZone(zone).toLocalDate().toString(), before == null ? "–" : before.toPlainString())));
				}
				// The same value given again (a workbook uploaded twice) changes nothing and is no problem.
			}
		}
		if (!problems.isEmpty()) {
			List<AnswersRefused.Problem> inOrder = problems.stream()
				.sorted(java.util.Comparator.comparingInt(Found::index))
				.map(Found::problem)
				.toList();
			throw new AnswersRefused(inOrder, String.join("; ", inOrder.stream()
				.map(p -> p.place() + ": " + messages.getMessage(p.messageKey(), p.arguments().toArray(), Locale.ENGLISH))
				.toList()));
		}
		if (accepted.isEmpty()) {
			return 0;
		}
		values.store(accepted, "data request", official.getUsername());
		jdbc.sql("UPDATE coordination_ask SET answered_at = now(), answered_by = :by WHERE id = ANY (:ids)")
			.param("by", official.getUsername())
			.param("ids", answered.toArray(Long[]::new))
			.update();
		audit.record("data-request-answers", m.code(), "answered", m.jurisdictionPath(), null,
				Map.of("answers", answered.size()));
		return answered.size();
	}

	/** When each of the keys was last answered by the municipality, for those it has answered. */
	private Map<String, java.time.Instant> answeredAt(OrganisationSummary m, List<String> keys) {
		Set<String> wanted = new java.util.HashSet<>(keys);
		Map<String, java.time.Instant> at = new HashMap<>();
		jdbc.sql("""
				SELECT data_element, period, max(answered_at) AS answered_at FROM coordination_ask
				 WHERE municipality_code = :m AND answered_at IS NOT NULL AND data_element = ANY (:elements)
				 GROUP BY data_element, period""")
			.param("m", m.code())
			.param("elements", keys.stream().map(k -> k.substring(0, k.indexOf('\u0000'))).distinct().toArray(String[]::new))
			.query((rs, n) -> {
				String key = key(rs.getString("data_element"), rs.getString("period"));
				if (wanted.contains(key)) {
					at.put(key, rs.getTimestamp("answered_at").toInstant());
				}
				return key;
			})
			.list();
		return at;
	}

	private OrganisationSummary municipalityOf(String code, ThusongUser official) {
		return organisations.findByCode(code)
			.filter(o -> official.scope().covers(o.jurisdictionPath()))
			.orElseThrow(() -> new NotFound("No municipality has the code '" + code + "' within your scope"));
	}

	private static AnswersRefused.Problem problem(Answer answer, AnswersRefused.Part part, String what, String... arguments) {
		return new AnswersRefused.Problem(answer.place(), part, "coordination.answers.problem." + what, List.of(arguments));
	}

	/** A number as people type it: spaces between thousands, a decimal comma or point. */
	private static BigDecimal number(String text) {
		try {
			return new BigDecimal(text.replace(" ", "").replace("\u00a0", "").replace(',', '.'));
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static String trimmed(String text) {
		return text == null ? "" : text.strip();
	}

	/** Per municipality within the scope and quarter of filing: items asked, answered from the database, answered by it. */
	public record Burden(String municipality, String name, String quarter, long asked, long fromDatabase, long itHadToAnswer) {
	}

	@Transactional(readOnly = true)
	public List<Burden> burden(Scope scope) {
		return jdbc.sql("""
				SELECT c.municipality_code, o.name,
				       to_char(r.created_at, 'YYYY"Q"Q') AS quarter,
				       count(*) AS asked,
				       count(*) FILTER (WHERE c.how = 'DATABASE') AS from_database,
				       count(DISTINCT c.ask_id) AS had_to_answer
				  FROM coordination_request_cell c
				  JOIN coordination_data_request r ON r.id = c.request_id
				  JOIN organisation o ON o.code = c.municipality_code
				 WHERE c.municipality_path LIKE ANY (:scope)
				 GROUP BY 1, 2, 3 ORDER BY 3 DESC, 4 DESC""")
			.param("scope", scope.likePatternArray())
			.query((rs, n) -> new Burden(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
					rs.getLong(6)))
			.list();
	}
}
