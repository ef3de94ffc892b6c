package jp.manabi.portal.consultation;

import java.time.Instant;
import java.util.Locale;

import jp.manabi.portal.shared.Languages;

/**
 * What happens to a resident's consultation booking, published in the transaction that did it and
 * handled after it commits (mail to the resident). Each event carries what the mail needs, as it
 * was then, so a mail held back by a mail server that is down still says what was booked.
 */
public final class BookingEvents {

	private BookingEvents() {
	}

	/** A booking as the resident's mail shows it. {@code venue} only for COUNTER. */
	public record Consultation(long bookingId, long accountId, String topicJa, String topicEn, String counselorName,
			Channel channel, String venue, Instant startsAt, Instant endsAt) {

		public String topic(Locale locale) {
			return Languages.isEnglish(locale) ? topicEn : topicJa;
		}
	}

	/** A resident booked a consultation. */
	public record ConsultationBooked(Consultation consultation) {
	}

	/** A resident cancelled their booking. */
	public record ConsultationCancelled(Consultation consultation) {
	}

	/** A resident moved their booking: {@code from} is cancelled, {@code to} is the new booking. */
	public record ConsultationMoved(Consultation from, Consultation to) {
	}

	/** The consultation is soon (the day before); sent once per booking. */
	public record ConsultationReminder(Consultation consultation) {
	}
}
