/**
 * Mail to residents and staff. Listens to other modules' events after their transactions
 * commit; the event publication registry keeps each mail until it was handed to the SMTP
 * server, so a mail server that is down delays mail but does not lose it.
 */
package jp.manabi.portal.notification;
