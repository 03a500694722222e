package org.thusong.notifications.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thusong.core.Conflict;
import org.thusong.core.NotFound;
import org.thusong.core.PageOf;
import org.thusong.core.PageRequestOf;
import org.thusong.core.Scope;
import org.thusong.notifications.Channel;
import org.thusong.notifications.DeliveryStatus;
import org.thusong.notifications.MessageId;
import org.thusong.notifications.QueuedMessage;
import org.thusong.notifications.internal.Outbox;

/**
 * The outbox for administrators: every e-mail and SMS in their scope, how its delivery went, and
 * "retry now" for the ones that failed. Recipients are masked: the page is for seeing that
 * messages flow, not for reading who was told what.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class NotificationPages {

	private static final int PAGE_SIZE = 25;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final Outbox outbox;

	private final MessageSource messages;

	NotificationPages(Outbox outbox, MessageSource messages) {
		this.outbox = outbox;
		this.messages = messages;
	}

	/** One message as listed, its times in the reader's zone. */
	record Row(QueuedMessage message, String createdAt, String sentAt, String nextAttemptAt) {
	}

	@GetMapping("/notifications")
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) String channel,
			@RequestParam(required = false) String page, Scope scope, Model model, HttpServletResponse response) {
		model.addAttribute("statuses", DeliveryStatus.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("status", blankToEmpty(status));
		model.addAttribute("channel", blankToEmpty(channel));
		model.addAttribute("zone", scope.timeZone().getId());
		DeliveryStatus wantedStatus;
		Channel wantedChannel;
		try {
			wantedStatus = parse(DeliveryStatus.class, status);
		}
		catch (IllegalArgumentException e) {
			return badFilter(model, response, "notifications.error.status");
		}
		try {
			wantedChannel = parse(Channel.class, channel);
		}
		catch (IllegalArgumentException e) {
			return badFilter(model, response, "notifications.error.channel");
		}
		ZoneId zone = scope.timeZone();
		PageOf<Row> rows = outbox.list(scope, wantedStatus, wantedChannel, new PageRequestOf(pageNumber(page), PAGE_SIZE))
			.map(m -> new Row(m, time(m.createdAt(), zone), time(m.sentAt(), zone),
					m.status() == DeliveryStatus.QUEUED ? time(m.nextAttemptAt(), zone) : null));
		model.addAttribute("page", rows);
		return "notifications/list";
	}

	@PostMapping("/notifications/{id}/retry")
	String retry(@PathVariable String id, Scope scope, RedirectAttributes redirect) {
		MessageId messageId = MessageId.parse(id).orElseThrow(() -> new NotFound("No message " + id));
		outbox.retryNow(messageId, scope);
		// Flash attributes travel in the session, which lives in PostgreSQL: plain strings only.
		redirect.addFlashAttribute("retried", messageId.toString());
		return "redirect:/notifications";
	}

	/** Out of scope looks exactly like missing. */
	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(Locale locale) {
		return errorPage(HttpStatus.NOT_FOUND, "notifications.notFound", locale);
	}

	@ExceptionHandler(Conflict.class)
	ModelAndView notFailed(Locale locale) {
		return errorPage(HttpStatus.CONFLICT, "notifications.error.notFailed", locale);
	}

	private ModelAndView errorPage(HttpStatus status, String messageKey, Locale locale) {
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("error", status.getReasonPhrase());
		page.addObject("message", messages.getMessage(messageKey, null, locale));
		return page;
	}

	private static String badFilter(Model model, HttpServletResponse response, String messageKey) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("errorKey", messageKey);
		model.addAttribute("page", new PageOf<Row>(List.of(), 0, PAGE_SIZE, 0));
		return "notifications/list";
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String text) {
		return text == null || text.isBlank() ? null : Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
	}

	private static String time(Instant instant, ZoneId zone) {
		return instant == null ? null : TIME.format(instant.atZone(zone));
	}

	private static String blankToEmpty(String text) {
		return text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
	}

	private static int pageNumber(String page) {
		try {
			return page == null ? 0 : Math.max(0, Integer.parseInt(page.strip()));
		}
		catch (NumberFormatException e) {
			// A mangled page number in a shared link is not worth an error: show the first page.
			return 0;
		}
	}
}
