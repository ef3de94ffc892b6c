package jp.manabi.portal.consultation.domain;

import java.sql.Timestamp;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import jp.manabi.portal.account.AccountEvents;

/**
 * An account was deleted: upcoming bookings are cancelled through the usual service (the slot is
 * free again), and what the person wrote (the description) and their phone number are erased.
 * The counselors' notes are staff records: they stay until the retention job erases them.
 */
@Component
class ConsultationAccountDeletedListener {

	static final String ERASED = "（退会により削除）";

	private static final Logger log = LoggerFactory.getLogger(ConsultationAccountDeletedListener.class);

	private final BookingService bookings;
	private final JdbcClient jdbc;
	private final Clock clock;

	ConsultationAccountDeletedListener(BookingService bookings, JdbcClient jdbc, Clock clock) {
		this.bookings = bookings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(AccountEvents.Deleted deleted) {
		long accountId = deleted.accountId();
		for (long bookingId : jdbc.sql("""
				select id from consultation_booking where account_id = ? and status = 'BOOKED' and starts_at > ?""")
				.params(accountId, Timestamp.from(clock.instant())).query(Long.class).list()) {
			try {
				bookings.cancel(bookingId, accountId);
			}
			catch (BookingRefused refused) {
				log.info("Booking {} of a deleted account kept: {}", bookingId, refused.getMessage());
			}
		}
		jdbc.sql("""
				update consultation_booking set description = ?, contact_phone = null, updated_at = now()
				where account_id = ?""").params(ERASED, accountId).update();
	}
}
