package jp.manabi.portal.consultation.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import jp.manabi.portal.consultation.Channel;
import jp.manabi.portal.consultation.domain.CounselorRepository;
import jp.manabi.portal.consultation.domain.FreeSlots;
import jp.manabi.portal.consultation.domain.PublicHoliday;
import jp.manabi.portal.consultation.domain.PublicHolidayRepository;
import jp.manabi.portal.consultation.domain.SlotFinder;
import jp.manabi.portal.consultation.domain.Topic;
import jp.manabi.portal.shared.Languages;

/**
 * A topic's free slots as the slot list shows them (the topic page and the move page alike):
 * days of the booking window in pages of {@value #DAYS_PER_PAGE}, holidays as closed days with
 * their name, each free slot a link. Filters: channels, evenings (from 17:00), weekends.
 */
@Component
class SlotListing {

	static final int DAYS_PER_PAGE = 14;

	private final SlotFinder finder;
	private final CounselorRepository counselors;
	private final PublicHolidayRepository holidays;

	SlotListing(SlotFinder finder, CounselorRepository counselors, PublicHolidayRepository holidays) {
		this.finder = finder;
		this.counselors = counselors;
		this.holidays = holidays;
	}

	/** What the resident asked for; no channel means all the topic offers. */
	record Filter(Set<Channel> channels, boolean evening, boolean weekend, int page) {

		static Filter of(List<String> channels, boolean evening, boolean weekend, Integer page) {
			var chosen = EnumSet.noneOf(Channel.class);
			if (channels != null) {
				for (String name : channels) {
					for (var channel : Channel.values()) {
						if (channel.name().equals(name)) {
							chosen.add(channel);
						}
					}
				}
			}
			return new Filter(chosen, evening, weekend, page == null ? 0 : Math.max(0, page));
		}

		boolean filtered() {
			return !channels.isEmpty() || evening || weekend;
		}

		String href(String path, int toPage) {
			var uri = UriComponentsBuilder.fromPath(path);
			channels.forEach(c -> uri.queryParam("channel", c.name()));
			if (evening) {
				uri.queryParam("evening", "true");
			}
			if (weekend) {
				uri.queryParam("weekend", "true");
			}
			if (toPage > 0) {
				uri.queryParam("page", toPage);
			}
			return uri.build().encode().toUriString();
		}
	}

	record SlotLink(LocalTime start, LocalTime end, Channel channel, String venue, String counselor, String href) {
	}

	record Day(LocalDate date, String holiday, List<SlotLink> slots) {

		boolean weekend() {
			return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
		}
	}

	/**
	 * One page of the list. {@code nothingBookable}: no free slot in the whole window with these
	 * filters; {@code channels}: the topic's channels, each with whether it is checked.
	 */
	record Listing(String path, Filter filter, Map<Channel, Boolean> channels, List<Day> days, LocalDate from,
			LocalDate to, int page, int pages, String previousHref, String nextHref, boolean nothingBookable,
			boolean noneOnThisPage, int count) {
	}

	/** Where a slot's link leads: the booking form, or the move confirmation. */
	static String slotQuery(String path, FreeSlots.Slot slot) {
		return UriComponentsBuilder.fromPath(path).queryParam("counselor", slot.counselorId())
				.queryParam("start", slot.startsAt().toString()).build().encode().toUriString();
	}

	Listing list(Topic topic, Filter filter, Locale locale, String path, Function<FreeSlots.Slot, String> slotHref) {
		var rules = topic.rules();
		LocalDate today = finder.today();
		LocalDate first = rules.firstBookableDay(today);
		LocalDate last = rules.lastBookableDay(today);
		int pages = (int) ((ChronoUnit.DAYS.between(first, last) + DAYS_PER_PAGE) / DAYS_PER_PAGE);
		int page = Math.min(filter.page(), pages - 1);
		LocalDate from = first.plusDays((long) page * DAYS_PER_PAGE);
		LocalDate to = from.plusDays(DAYS_PER_PAGE - 1L).isAfter(last) ? last : from.plusDays(DAYS_PER_PAGE - 1L);

		Set<Channel> wanted = filter.channels().isEmpty() ? topic.getChannels()
				: filter.channels().stream().filter(topic.getChannels()::contains).collect(Collectors.toSet());
		var all = wanted.isEmpty() ? List.<FreeSlots.Slot>of() : finder.free(topic.getId(), first, last, wanted)
				.stream().filter(s -> !filter.evening() || s.evening()).filter(s -> !filter.weekend() || s.weekend())
				.toList();

		var names = new HashMap<Long, String>();
		counselors.findAllById(all.stream().map(FreeSlots.Slot::counselorId).collect(Collectors.toSet()))
				.forEach(c -> names.put(c.getId(), c.getDisplayName()));
		var closed = holidays.findByDayBetween(from, to).stream()
				.collect(Collectors.toMap(PublicHoliday::getDay, h -> holidayName(h, locale)));

		var byDay = new HashMap<LocalDate, List<SlotLink>>();
		int count = 0;
		for (var slot : all) {
			if (!slot.day().isBefore(from) && !slot.day().isAfter(to)) {
				byDay.computeIfAbsent(slot.day(), d -> new ArrayList<>()).add(new SlotLink(slot.start(), slot.end(),
						slot.channel(), slot.venue(), names.getOrDefault(slot.counselorId(), ""), slotHref.apply(slot)));
				count++;
			}
		}
		var days = new ArrayList<Day>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			var entry = new Day(day, closed.get(day), byDay.getOrDefault(day, List.of()));
			if (!filter.weekend() || entry.weekend()) {
				days.add(entry);
			}
		}
		var channels = new java.util.LinkedHashMap<Channel, Boolean>();
		for (var channel : Channel.values()) {
			if (topic.getChannels().contains(channel)) {
				channels.put(channel, filter.channels().isEmpty() || filter.channels().contains(channel));
			}
		}
		return new Listing(path, filter, channels, days, from, to, page, pages,
				page > 0 ? filter.href(path, page - 1) : null, page < pages - 1 ? filter.href(path, page + 1) : null,
				all.isEmpty(), count == 0, count);
	}

	private static String holidayName(PublicHoliday holiday, Locale locale) {
		return Languages.isEnglish(locale) && !holiday.getNameEn().isBlank() ? holiday.getNameEn() : holiday.getNameJa();
	}

	/** Parses a slot's start from a link; null when it is not an instant (the caller answers 400). */
	static Instant parseStart(String start) {
		if (start == null || start.length() > 40) {
			return null;
		}
		try {
			return Instant.parse(start);
		}
		catch (java.time.format.DateTimeParseException e) {
			return null;
		}
	}

	static Long parseId(String id) {
		if (id == null || !id.matches("[0-9]{1,15}")) {
			return null;
		}
		return Long.valueOf(id);
	}
}
