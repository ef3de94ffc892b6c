package jp.manabi.portal.course.admin;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.manabi.portal.account.Residency;
import jp.manabi.portal.account.Role;
import jp.manabi.portal.account.domain.AccountService;
import jp.manabi.portal.account.domain.PersonalDetails;
import jp.manabi.portal.course.Audience;
import jp.manabi.portal.course.Eligibility;
import jp.manabi.portal.course.OrganizerType;
import jp.manabi.portal.course.QuestionKind;
import jp.manabi.portal.course.SelectionMethod;
import jp.manabi.portal.course.domain.ApplicationRequest;
import jp.manabi.portal.course.domain.Course;
import jp.manabi.portal.course.domain.Course.SessionTime;
import jp.manabi.portal.course.domain.CourseApplicationService;
import jp.manabi.portal.course.domain.CourseDetails;
import jp.manabi.portal.course.domain.CourseQuestion;
import jp.manabi.portal.course.domain.CourseRepository;
import jp.manabi.portal.course.domain.CourseService;
import jp.manabi.portal.support.TestAccounts;

/**
 * Courses, people and applications for the staff page tests: courses accepting applications
 * now with sessions weeks ahead, residents with names of their own (to sort and search by), and
 * applications made through the real service.
 */
@Component
public class StaffTestCourses {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final CourseService courses;
	private final CourseRepository courseRepository;
	private final CourseApplicationService applications;
	private final AccountService accounts;
	private final TransactionTemplate transactions;

	StaffTestCourses(CourseService courses, CourseRepository courseRepository, CourseApplicationService applications,
			AccountService accounts, TransactionTemplate transactions) {
		this.courses = courses;
		this.courseRepository = courseRepository;
		this.applications = applications;
		this.accounts = accounts;
		this.transactions = transactions;
	}

	public record Person(long id, String email, String name) {
	}

	/** A published first-come course taking applications now; childcare for ages 1 to 6 when a capacity is given. */
	public long firstCome(String title, int capacity, Integer childcareCapacity, int sessions) {
		return create(title, capacity, childcareCapacity, sessions, SelectionMethod.FIRST_COME);
	}

	public long lottery(String title, int capacity) {
		return create(title, capacity, null, 1, SelectionMethod.LOTTERY);
	}

	private long create(String title, int capacity, Integer childcareCapacity, int sessions, SelectionMethod method) {
		var now = Instant.now();
		var first = LocalDate.now(Course.ZONE).plusWeeks(3);
		var times = new ArrayList<SessionTime>();
		for (int i = 0; i < sessions; i++) {
			times.add(new SessionTime(first.plusWeeks(i), LocalTime.of(10, 0), LocalTime.of(12, 0)));
		}
		boolean childcare = childcareCapacity != null;
		long id = courses.create(new CourseDetails(title, null, "職員ページの試験用の講座です。", null, "", "culture",
				OrganizerType.DEPARTMENT, "学習・スポーツ課", null, true, capacity, 0, now.minus(Duration.ofDays(1)),
				now.plus(Duration.ofDays(7)), method, Eligibility.ANYONE, null, null, childcare, childcareCapacity,
				childcare ? 1 : null, childcare ? 6 : null, false, false, EnumSet.of(Audience.EVERYONE)), times);
		courses.publish(id);
		return id;
	}

	/** Gives the course its own questions; returns their ids in order. */
	public List<Long> ask(long courseId, List<CourseQuestion.Definition> questions) {
		return transactions.execute(status -> {
			var course = courseRepository.findById(courseId).orElseThrow();
			course.replaceQuestions(questions);
			courseRepository.flush();
			return course.getQuestions().stream().map(CourseQuestion::getId).toList();
		});
	}

	public static CourseQuestion.Definition yesNo(String label) {
		return new CourseQuestion.Definition(QuestionKind.YES_NO, label, null, false, List.of(), null, null);
	}

	public static CourseQuestion.Definition text(String label) {
		return new CourseQuestion.Definition(QuestionKind.TEXT, label, "Question in English", false, List.of(), null,
				null);
	}

	/** A verified resident with this name, furigana and phone (phone may be null). */
	public Person resident(String name, String furigana, String phone) {
		String email = "staff-test-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() + "@test.manabi.example";
		long id = accounts.createVerified(email, TestAccounts.PASSWORD,
				new PersonalDetails(name, furigana, phone, "ikebukuro", Residency.LIVES, 1985, "ja"),
				EnumSet.of(Role.RESIDENT));
		return new Person(id, email, name);
	}

	public CourseApplicationService.Outcome apply(long courseId, Person person) {
		return applications.apply(courseId, person.id(), ApplicationRequest.NOTHING);
	}

	public CourseApplicationService.Outcome apply(long courseId, Person person, List<Integer> childcareAges,
			String needs, Map<Long, String> answers) {
		return applications.apply(courseId, person.id(), new ApplicationRequest(childcareAges, needs, null, answers));
	}

	/** A unique phone number for a test (digits only differ). */
	public static String phone() {
		long n = java.util.concurrent.ThreadLocalRandom.current().nextLong(100_000_000L);
		return String.format("080-%04d-%04d", n / 10_000, n % 10_000);
	}
}
