package org.thusong.coordination.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;
import org.thusong.coordination.Ask;
import org.thusong.coordination.AnswersRefused;
import org.thusong.coordination.DataRequests;
import org.thusong.documents.DocumentTooLarge;
import org.thusong.documents.Documents;
import org.thusong.identity.ThusongUser;

/**
 * A municipality's answers workbook, out and back in, for the page and the API alike: the workbook
 * in the reader's language, and an upload checked for size and layout, then answered through the
 * same service method as the form. What the upload came to is either the number answered or every
 * problem, each by row and column, in the reader's language.
 */
@Component
class AnswerUploads {

	static final Locale TURKISH = Locale.forLanguageTag("tr");

	/** What an upload came to: answers saved, or the problems (and whether the file was too large). */
	record Outcome(int answered, List<AnswerProblem> problems, boolean tooLarge) {

		boolean refused() {
			return !problems.isEmpty();
		}
	}

	private final DataRequests requests;

	private final MessageSource messages;

	private final Documents documents;

	AnswerUploads(DataRequests requests, MessageSource messages, Documents documents) {
		this.requests = requests;
		this.messages = messages;
		this.documents = documents;
	}

	byte[] workbook(String municipality, Locale locale) {
		List<Ask> asks = requests.currentAsks(municipality);
		return AnswersWorkbook.of(asks, key -> messages.getMessage(key, null, locale));
	}

	Outcome upload(String municipality, MultipartFile file, ThusongUser official, Locale locale) {
		if (file == null || file.isEmpty()) {
			return refused(problem(null, null, "coordination.answers.problem.noFile", List.of(), locale), false);
		}
		// The same limit as any other upload, so that the container's own refusal names the same figure.
		DataSize limit = documents.maxSize();
		if (file.getSize() > limit.toBytes()) {
			return refused(problem(null, null, "coordination.answers.problem.tooLarge",
					List.of(DocumentTooLarge.readable(file.getSize()), DocumentTooLarge.readable(limit.toBytes())), locale), true);
		}
		byte[] content;
		try {
			content = file.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		// A workbook downloaded in one language may be uploaded by someone reading the other.
		AnswersWorkbook.Read read = AnswersWorkbook.read(content, column -> List.of(
				messages.getMessage(column.messageKey(), null, locale),
				messages.getMessage(column.messageKey(), null, Locale.ENGLISH),
				messages.getMessage(column.messageKey(), null, TURKISH)));
		if (!read.refusals().isEmpty()) {
			List<AnswerProblem> problems = new ArrayList<>();
			for (AnswersWorkbook.Refusal r : read.refusals()) {
				problems.add(problem(r.row(), r.column(), r.messageKey(), r.arguments(), locale));
			}
			return new Outcome(0, problems, false);
		}
		try {
			return new Outcome(requests.answer(municipality, read.answers(), official), List.of(), false);
		}
		catch (AnswersRefused e) {
			List<AnswerProblem> problems = new ArrayList<>();
			for (AnswersRefused.Problem p : e.problems()) {
				problems.add(new AnswerProblem(Integer.valueOf(p.place()), heading(p.part(), locale),
						messages.getMessage(p.messageKey(), p.arguments().toArray(), locale)));
			}
			return new Outcome(0, problems, false);
		}
	}

	/** The problems of answers given in the form, each a message in the reader's language. */
	List<String> messages(AnswersRefused refused, Locale locale) {
		return refused.problems().stream()
			.map(p -> messages.getMessage(p.messageKey(), p.arguments().toArray(), locale))
			.toList();
	}

	private String heading(AnswersRefused.Part part, Locale locale) {
		return switch (part) {
			case QUESTION -> messages.getMessage(AnswersWorkbook.Column.DATA_ELEMENT.messageKey(), null, locale) + " / "
					+ messages.getMessage(AnswersWorkbook.Column.PERIOD.messageKey(), null, locale);
			case VALUE -> messages.getMessage(AnswersWorkbook.Column.VALUE.messageKey(), null, locale);
			case COMMENT -> messages.getMessage(AnswersWorkbook.Column.COMMENT.messageKey(), null, locale);
		};
	}

	private AnswerProblem problem(Integer row, AnswersWorkbook.Column column, String key, List<String> arguments,
			Locale locale) {
		return new AnswerProblem(row, column == null ? null : messages.getMessage(column.messageKey(), null, locale),
				messages.getMessage(key, arguments.toArray(), locale));
	}

	private static Outcome refused(AnswerProblem problem, boolean tooLarge) {
		return new Outcome(0, List.of(problem), tooLarge);
	}
}
