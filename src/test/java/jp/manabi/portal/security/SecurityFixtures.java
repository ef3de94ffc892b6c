package jp.manabi.portal.security;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jp.manabi.portal.account.Role;
import jp.manabi.portal.circle.CircleFixtures;
import jp.manabi.portal.circle.CircleTestSupport;
import jp.manabi.portal.circle.domain.ActivityDetails;
import jp.manabi.portal.circle.domain.ActivityKind;
import jp.manabi.portal.circle.domain.CircleTestData;
import jp.manabi.portal.circle.domain.EventSignupService;
import jp.manabi.portal.circle.domain.JoinRequestService;
import jp.manabi.portal.consultation.Channel;
import jp.manabi.portal.consultation.domain.ConsultationTestData;
import jp.manabi.portal.consultation.domain.DeskTestData;
import jp.manabi.portal.course.domain.AfterCourseFixtures;
import jp.manabi.portal.course.ApplicationStatus;
import jp.manabi.portal.course.domain.ProposalContent;
import jp.manabi.portal.course.domain.ProposalService;
import jp.manabi.portal.support.TestAccounts;
import jp.manabi.portal.volunteer.domain.AssignmentStatus;
import jp.manabi.portal.volunteer.domain.WorkTestData;

/**
 * One small world for the access-control and fuzz tests, made once per run: a resident (A) with
 * something of every kind (an application, a booking, a join request, an event sign-up, a
 * proposal, a volunteer profile and assignment), another resident (B) with nothing, a circle
 * leader (L), a counselor (C) who holds A's booking, an organisation account (O) with a request,
 * staff (S) and an administrator. {@link #ids()} maps "segment/{variable}" of a route pattern to
 * a real id, so every path variable of every route can be filled.
 */
@Component
public class SecurityFixtures {

	/** Who asks: the columns of the permission matrix. */
	public enum Actor {
		ANON, RES, OTHER, LEADER, COUNSELOR, ORG, STAFF, ADMIN
	}

	private final TestAccounts accounts;
	private final CircleFixtures circles;
	private final CircleTestData circleData;
	private final JoinRequestService joins;
	private final EventSignupService signups;
	private final AfterCourseFixtures courses;
	private final ProposalService proposals;
	private final ConsultationTestData consultations;
	private final DeskTestData desk;
	private final WorkTestData volunteers;
	private final JdbcClient jdbc;

	private Map<Actor, TestAccounts.Created> people;
	private Map<String, String> ids;

	SecurityFixtures(TestAccounts accounts, CircleFixtures circles, CircleTestData circleData, JoinRequestService joins,
			EventSignupService signups, AfterCourseFixtures courses, ProposalService proposals,
			ConsultationTestData consultations, DeskTestData desk, WorkTestData volunteers, JdbcClient jdbc) {
		this.accounts = accounts;
		this.circles = circles;
		this.circleData = circleData;
		this.joins = joins;
		this.signups = signups;
		this.courses = courses;
		this.proposals = proposals;
		this.consultations = consultations;
		this.desk = desk;
		this.volunteers = volunteers;
		this.jdbc = jdbc;
	}

	public synchronized Map<Actor, TestAccounts.Created> people() {
		build();
		return people;
	}

	public synchronized Map<String, String> ids() {
		build();
		return ids;
	}

	private void build() {
		if (ids != null) {
			return;
		}
		var a = accounts.resident();
		var b = accounts.resident();
		var circle = circles.fresh("権限表の会 " + System.nanoTime());
		var l = circle.leader();
		var topic = consultations.topic(ConsultationTestData.standardRules());
		var counselor = desk.counselor(topic.getCode());
		var org = accounts.create(EnumSet.of(Role.ORGANISATION));
		var staff = accounts.staff();
		var admin = accounts.admin();
		people = new LinkedHashMap<>();
		people.put(Actor.RES, a);
		people.put(Actor.OTHER, b);
		people.put(Actor.LEADER, l);
		people.put(Actor.COUNSELOR, new TestAccounts.Created(counselor.accountId(), counselor.email(),
				counselor.password()));
		people.put(Actor.ORG, org);
		people.put(Actor.STAFF, staff);
		people.put(Actor.ADMIN, admin);

		var today = circles.today();
		long activity = circleData.addActivity(circle.id(), new ActivityDetails(ActivityKind.EVENT, "権限表の発表会", "説明",
				today.plusDays(10), LocalTime.of(10, 0), LocalTime.of(12, 0), "としま区民センター", "ikebukuro", 20, true, 0),
				l.id());
		long joinRequest = joins.ask(circle.id(), a.id(), "入会したいです。");
		long signup = signups.signUp(circle.id(), activity, a.id());
		long image = jdbc.sql("""
				insert into circle_image (content_type, width, height, content, uploaded_by)
				values ('image/jpeg', 1, 1, :content, :by) returning id""").param("content", CircleTestSupport.jpeg())
				.param("by", l.id()).query(Long.class).single();
		jdbc.sql("update circle set image_id = ? where id = ?").params(image, circle.id()).update();

		long course = courses.acceptingCourse("権限表の講座 " + System.nanoTime(), today.plusDays(30));
		long application = courses.application(course, a.id(), ApplicationStatus.CONFIRMED);
		long proposal = proposals.submit(a.id(),
				new ProposalContent(null, "権限表の提案", "概要です。", "", "", "", null));

		Instant startsAt = DeskTestData.next(DayOfWeek.TUESDAY).atTime(10, 0).atZone(ZoneId.of("Asia/Tokyo"))
				.toInstant();
		long booking = desk.booking(counselor.counselorId(), topic.getId(), a.id(), startsAt, 30, Channel.COUNTER,
				"BOOKED");

		long organisation = volunteers.organisation(org.id(), "権限表小学校 " + System.nanoTime());
		var orgRequest = volunteers.organisationRequest(organisation, org.id(), "権限表の募集");
		var circleRequest = volunteers.circleRequest(circle.id(), l.id(), "サークルの募集");
		long profile = volunteers.registeredProfile(a.id());
		long assignment = volunteers.assignment(orgRequest.shift(1), profile, AssignmentStatus.INVITED, null);

		ids = new LinkedHashMap<>();
		ids.put("circles/{id}", String.valueOf(circle.id()));
		ids.put("circles/{circleId}", String.valueOf(circle.id()));
		ids.put("activities/{activityId}", String.valueOf(activity));
		ids.put("joins/{requestId}", String.valueOf(joinRequest));
		ids.put("events/{signupId}", String.valueOf(signup));
		ids.put("images/{imageId}", String.valueOf(image));
		ids.put("courses/{id}", String.valueOf(course));
		ids.put("courses/{courseId}", String.valueOf(course));
		ids.put("applications/{applicationId}", String.valueOf(application));
		ids.put("proposals/{id}", String.valueOf(proposal));
		ids.put("bookings/{id}", String.valueOf(booking));
		ids.put("consultations/{id}", String.valueOf(booking));
		ids.put("consultations/{code}", topic.getCode());
		ids.put("topics/{id}", String.valueOf(topic.getId()));
		ids.put("counselors/{id}", String.valueOf(counselor.counselorId()));
		ids.put("counselors/{counselorId}", String.valueOf(counselor.counselorId()));
		ids.put("organisations/{id}", String.valueOf(organisation));
		ids.put("requests/{id}", String.valueOf(orgRequest.requestId()));
		ids.put("volunteer-requests/{id}", String.valueOf(circleRequest.requestId()));
		ids.put("assignments/{assignmentId}", String.valueOf(assignment));
		ids.put("work/{assignmentId}", String.valueOf(assignment));
		ids.put("volunteers/{profileId}", String.valueOf(profile));
		ids.put("skills/{id}", one("select id from volunteer_skill order by id limit 1"));
		ids.put("venues/{id}", jdbc.sql("select id from venue order by id limit 1").query(String.class).optional()
				.orElseGet(() -> jdbc.sql("""
						insert into venue (name, room, address, area_code) values ('権限表会館', :room, '豊島区1-1', 'ikebukuro')
						returning id""").param("room", "R" + System.nanoTime()).query(String.class).single()));
		ids.put("categories/{code}", one("select code from course_category order by code limit 1"));
		String plan = "toshima"; // imported at start (portal.plan.active-code)
		ids.put("plans/{planCode}", plan);
		ids.put("plan/{planCode}", plan);
		ids.put("nodes/{nodeId}", one("select n.id from plan_node n join plan p on p.id = n.plan_id where p.code = '"
				+ plan + "' order by n.id limit 1"));
		ids.put("{planCode}/{nodeCode}", one("select n.code from plan_node n join plan p on p.id = n.plan_id where p.code = '"
				+ plan + "' order by n.id limit 1"));
		String indicator = jdbc.sql("select i.id from plan_indicator i join plan_node n on n.id = i.node_id "
				+ "join plan p on p.id = n.plan_id where p.code = ? order by i.id limit 1").param(plan)
				.query(String.class).optional().orElse("999999999");
		ids.put("indicators/{indicatorId}", indicator);
		// Only posted to (and only by people who must be refused): any number will do.
		ids.put("referrals/{referralId}", "999999999");
		ids.put("exceptions/{exceptionId}", "999999999");
		ids.put("weekly/{hoursId}", "999999999");
		// Sessions: resident A's account page for administrators; a made-up session handle (nobody's session).
		ids.put("accounts/{id}", String.valueOf(a.id()));
		ids.put("sessions/{handle}", "0123456789abcdef0123456789abcdef");
	}

	/**
	 * The state of everything the fixtures made, as one string: the permission matrix posts to all
	 * of it as the wrong people and then checks that nothing changed.
	 */
	public String world() {
		var ids = ids();
		return jdbc.sql("""
				select concat_ws(' | ',
				  (select to_jsonb(x)::text from course_application x where id = :application),
				  (select to_jsonb(x)::text from circle_event_signup x where id = :signup),
				  (select to_jsonb(x)::text from circle_join_request x where id = :join),
				  (select count(*) from circle_join_message where request_id = :join),
				  (select to_jsonb(x)::text from circle x where id = :circle),
				  (select count(*) from circle_member where circle_id = :circle),
				  (select to_jsonb(x)::text from circle_activity x where id = :activity),
				  (select to_jsonb(x)::text from consultation_booking x where id = :booking),
				  (select to_jsonb(x)::text from course_proposal x where id = :proposal),
				  (select to_jsonb(x)::text from course x where id = :course),
				  (select to_jsonb(x)::text from volunteer_assignment x where id = :assignment),
				  (select to_jsonb(x)::text from volunteer_request x where id = :request),
				  (select to_jsonb(x)::text from volunteer_profile x where id = :profile),
				  (select string_agg(account_id || role, ',' order by account_id, role) from account_role
				     where account_id in (:people)))""")
				.param("application", Long.valueOf(ids.get("applications/{applicationId}")))
				.param("signup", Long.valueOf(ids.get("events/{signupId}")))
				.param("join", Long.valueOf(ids.get("joins/{requestId}")))
				.param("circle", Long.valueOf(ids.get("circles/{id}")))
				.param("activity", Long.valueOf(ids.get("activities/{activityId}")))
				.param("booking", Long.valueOf(ids.get("bookings/{id}")))
				.param("proposal", Long.valueOf(ids.get("proposals/{id}")))
				.param("course", Long.valueOf(ids.get("courses/{id}")))
				.param("assignment", Long.valueOf(ids.get("assignments/{assignmentId}")))
				.param("request", Long.valueOf(ids.get("requests/{id}")))
				.param("profile", Long.valueOf(ids.get("volunteers/{profileId}")))
				.param("people", people.values().stream().map(TestAccounts.Created::id).toList())
				.query(String.class).single();
	}

	private String one(String sql) {
		return jdbc.sql(sql).query(String.class).single();
	}
}
