package org.thusong.notifications.internal;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thusong.notifications.Channel;

/**
 * Sends e-mail through the SMTP server named by {@code spring.mail.host} ({@code THUSONG_SMTP_HOST}),
 * from {@code thusong.mail.from}. Without a host, e-mail delivery is off: messages wait in the
 * outbox and go out once a host is configured and the application restarted.
 */
@Component
class EmailChannel implements DeliveryChannel {

	private static final Logger log = LoggerFactory.getLogger(EmailChannel.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final String host;

	private final String from;

	EmailChannel(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host,
			@Value("${thusong.mail.from:thusong@localhost}") String from) {
		this.sender = sender;
		this.host = host == null ? "" : host.strip();
		this.from = from;
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	@Override
	public boolean ready() {
		return !host.isEmpty() && sender.getIfAvailable() != null;
	}

	@Override
	public void deliver(OutgoingMessage message) throws DeliveryFailed {
		JavaMailSender mail = sender.getObject();
		try {
			MimeMessage mime = mail.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(mime, message.htmlBody() != null,
					StandardCharsets.UTF_8.name());
			helper.setFrom(from);
			helper.setTo(message.recipient());
			helper.setSubject(message.subject());
			if (message.htmlBody() != null) {
				helper.setText(message.textBody(), message.htmlBody());
			}
			else {
				helper.setText(message.textBody());
			}
			if (message.reference() != null) {
				mime.setHeader("X-Thusong-Reference", message.reference());
			}
			mail.send(mime);
		}
		catch (MailException | MessagingException e) {
			throw new DeliveryFailed(describe(e), serverUnreachable(e), e);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void warnWhenNotConfigured() {
		if (host.isEmpty()) {
			log.warn("E-mail delivery is OFF: no SMTP server is configured (set THUSONG_SMTP_HOST, i.e. spring.mail.host)."
					+ " E-mails are kept in the outbox as QUEUED and will be sent once a server is configured.");
		}
		else {
			log.info("E-mail goes through SMTP server {} from {}", host, from);
		}
	}

	/** Cannot connect, cannot resolve, timed out, or refused our login: no other message would fare better now. */
	private static boolean serverUnreachable(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof MailAuthenticationException || cause instanceof SocketException
					|| cause instanceof SocketTimeoutException || cause instanceof UnknownHostException) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	private static String describe(Throwable e) {
		StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		if (root != e && root.getMessage() != null && !text.toString().contains(root.getMessage())) {
			text.append(" (").append(root.getClass().getSimpleName()).append(": ").append(root.getMessage()).append(')');
		}
		return text.toString();
	}
}
