package org.thusong.identity.internal;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Names the request and the user in every log line ({@code %X{requestId}}, {@code %X{user}}) and
 * in the audit trail. The request id comes first, before security, so that sign-in failures and
 * lockouts carry it too; the user is added once security has said who it is. A caller's
 * {@code X-Request-Id} is kept if it looks sane, and echoed back either way.
 */
@Configuration(proxyBeanMethods = false)
class RequestLogContext {

	static final String HEADER = "X-Request-Id";

	/** The access log; set {@code logging.level.thusong.requests=WARN} to silence it. */
	private static final org.slf4j.Logger ACCESS = org.slf4j.LoggerFactory.getLogger("thusong.requests");

	static boolean isAsset(String path) {
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
				|| path.startsWith("/webjars/") || path.startsWith("/actuator/") || path.equals("/favicon.ico");
	}

	private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,40}");

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> requestIdFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String incoming = request.getHeader(HEADER);
				String requestId = incoming != null && SANE.matcher(incoming).matches() ? incoming
						: UUID.randomUUID().toString().replace("-", "").substring(0, 16);
				MDC.put("requestId", requestId);
				response.setHeader(HEADER, requestId);
				try {
					chain.doFilter(request, response);
				}
				finally {
					MDC.remove("requestId");
					MDC.remove("user");
				}
			}
		});
		// Before Spring Security's filter chain (which runs at -100).
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		registration.setName("requestIdFilter");
		return registration;
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> userLogFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
				if (authentication != null && authentication.isAuthenticated() && authentication.getName() != null
						&& !"anonymousUser".equals(authentication.getName())) {
					MDC.put("user", authentication.getName());
				}
				long started = System.nanoTime();
				try {
					chain.doFilter(request, response);
				}
				finally {
					if (!isAsset(request.getRequestURI())) {
						// One line per request, carrying the request id and the user from the MDC.
						ACCESS.info("{} {} -> {} in {} ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
								(System.nanoTime() - started) / 1_000_000);
					}
				}
			}
		});
		// After Spring Security's filter chain.
		registration.setOrder(0);
		registration.setName("userLogFilter");
		return registration;
	}
}
