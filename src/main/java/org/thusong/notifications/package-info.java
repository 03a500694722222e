/**
 * Outgoing e-mail and SMS: a transactional outbox in PostgreSQL, delivered by a dispatcher that
 * any number of instances may run, retried with backoff so nothing is lost while a mail server or
 * SMS gateway is down (seeds 000 and 002: citizens and officials are told when a request moves).
 * Other modules call {@link org.thusong.notifications.Notifications} inside their own transaction.
 */
@org.springframework.modulith.ApplicationModule
package org.thusong.notifications;
