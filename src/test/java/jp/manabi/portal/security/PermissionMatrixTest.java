package jp.manabi.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import jp.manabi.portal.account.Role;
import jp.manabi.portal.account.domain.AccountService;
import jp.manabi.portal.security.SecurityFixtures.Actor;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.WebSession;

/**
 * Who gets what, for every route of the app (in the style of pretix's permission tests). The
 * routes come from the handler mappings, so a new route without a line in {@link #TABLE} fails
 * here ("no rule for GET /foo/{id}"), and a line whose route is gone fails too.
 *
 * <p>Each line: method, pattern (path variables without their regex), a profile, then overrides
 * {@code ACTOR=answer} ({@code SIGNED=answer} for every signed-in actor; later overrides win). Answers: {@code 200}; {@code login} (a redirect to /login); {@code 403};
 * {@code 404} (existence is private: the record is someone else's); {@code 302} (any other
 * redirect); {@code refused} (a POST answered with a redirect and a
 * "not yours / not found" notice: the world check at the end proves it changed nothing); {@code 400}
 * (an empty form refused before anything else); {@code ok} (allowed, not requested: see below); {@code skip} (not requested, with a
 * reason in a comment). Path variables are filled from {@link SecurityFixtures#ids()}: every id
 * belongs to resident A (RES), to circle leader L, counselor C or organisation O, never to B (OTHER).
 *
 * <p>GETs are requested as every actor. POSTs are sent with a valid CSRF token of the actor's
 * session and no other fields, and only as the actors who must be refused: the answer must be the
 * refusal in the table (login / 403 / 404) and never a 2xx or another 3xx, so nothing was done.
 * Allowed POSTs are not sent here (they would change the world the other lines rely on): the form
 * tests of each module and {@link FormFuzzTest} send them.
 */
class PermissionMatrixTest extends IntegrationTest {

	/** Actor order: ANON RES OTHER LEADER COUNSELOR ORG STAFF ADMIN. */
	private static final Map<String, String[]> PROFILES = Map.of(
			"PUBLIC", row("200 200 200 200 200 200 200 200"),
			"SIGNED_IN", row("login 200 200 200 200 200 200 200"),
			// Resident A's own record: anyone else (staff included: these are resident pages) gets a 404.
			"OWNER", row("login 200 404 404 404 404 404 404"),
			// Leader L's circle: members' and strangers' requests are 404.
			"LEADER", row("login 404 404 200 404 404 404 404"),
			// A join request: the resident who asked and the circle's leader.
			"JOIN_THREAD", row("login 200 404 200 404 404 404 404"),
			"STAFF", row("login 403 403 403 403 403 200 200"),
			"ADMIN", row("login 403 403 403 403 403 403 200"),
			"COUNSELOR", row("login 403 403 403 200 403 403 403"),
			"ORG", row("login 403 403 403 403 200 403 403"));

	/** Pages with personal data: never kept by a browser's or a proxy's cache (ASVS 8.2.1). */
	private static final Pattern PERSONAL = Pattern.compile(
			"/(mypage|admin|counselor|partner|login|signup|password|verify)(/|$)|/courses/\\d+/apply|/circles/\\d+/join"
					+ "|/consultations/[^/]+/book|/volunteers/requests/\\d+/apply");

	/** Spring's own endpoints and test-only controllers: not the app's routes. */
	private static final Set<String> NOT_APP_ROUTES = Set.of("/error", "/test/fail");

	// @formatter:off
	static final String TABLE = """
			GET  /                                                                                        PUBLIC
			GET  /about/accessibility                                                                     PUBLIC
			GET  /about/contact                                                                           PUBLIC
			GET  /about/privacy                                                                           PUBLIC
			GET  /admin                                                                                   STAFF
			GET  /admin/accounts                                                                          ADMIN
			GET  /admin/accounts/new                                                                      ADMIN
			POST /admin/accounts/new                                                                      ADMIN
			POST /admin/accounts/delete                                                                 ADMIN
			GET  /admin/audit                                                                           ADMIN
			GET  /admin/audit/export.csv                                                                ADMIN
			GET  /admin/privacy                                                                         ADMIN
			POST /admin/privacy                                                                         ADMIN
			GET  /admin/circles                                                                           STAFF
			GET  /admin/circles/reports                                                                   STAFF
			GET  /admin/circles/{id}                                                                      STAFF
			POST /admin/circles/{id}/approve                                                              STAFF
			POST /admin/circles/{id}/changes-checked                                                      STAFF
			POST /admin/circles/{id}/dissolve                                                             STAFF
			POST /admin/circles/{id}/reinstate                                                            STAFF
			POST /admin/circles/{id}/renewal-checked                                                      STAFF
			POST /admin/circles/{id}/request-changes                                                      STAFF
			POST /admin/circles/{id}/suspend                                                              STAFF
			GET  /admin/consultations                                                                     STAFF
			GET  /admin/consultations/book                                                                STAFF
			POST /admin/consultations/book                                                                STAFF
			GET  /admin/consultations/bookings/{id}                                                       STAFF
			POST /admin/consultations/bookings/{id}/link                                                  STAFF
			POST /admin/consultations/bookings/{id}/notes                                                 STAFF
			POST /admin/consultations/bookings/{id}/referrals                                             STAFF
			POST /admin/consultations/bookings/{id}/referrals/{referralId}/remove                         STAFF
			POST /admin/consultations/bookings/{id}/status                                                STAFF
			GET  /admin/consultations/counselors                                                          STAFF
			POST /admin/consultations/counselors                                                          STAFF
			GET  /admin/consultations/counselors/{counselorId}/hours                                      STAFF
			POST /admin/consultations/counselors/{counselorId}/hours/exceptions                           STAFF
			POST /admin/consultations/counselors/{counselorId}/hours/exceptions/{exceptionId}/remove      STAFF
			POST /admin/consultations/counselors/{counselorId}/hours/weekly                               STAFF
			POST /admin/consultations/counselors/{counselorId}/hours/weekly/{hoursId}/remove              STAFF
			GET  /admin/consultations/counselors/{id}                                                     STAFF
			POST /admin/consultations/counselors/{id}                                                     STAFF
			GET  /admin/consultations/holidays                                                            STAFF
			POST /admin/consultations/holidays/bundled                                                    STAFF
			POST /admin/consultations/holidays/upload                                                     STAFF
			GET  /admin/consultations/reports                                                             STAFF
			GET  /admin/consultations/topics                                                              STAFF
			GET  /admin/consultations/topics/new                                                          STAFF
			POST /admin/consultations/topics/new                                                          STAFF
			GET  /admin/consultations/topics/{id}                                                         STAFF
			POST /admin/consultations/topics/{id}                                                         STAFF
			GET  /admin/courses                                                                           STAFF
			GET  /admin/courses/categories                                                                STAFF
			GET  /admin/courses/categories/new                                                            STAFF
			POST /admin/courses/categories/new                                                            STAFF
			GET  /admin/courses/categories/{code}/edit                                                    STAFF
			POST /admin/courses/categories/{code}/edit                                                    STAFF
			GET  /admin/courses/import                                                                    STAFF
			POST /admin/courses/import                                                                    STAFF
			GET  /admin/courses/import/template.csv                                                       STAFF
			GET  /admin/courses/new                                                                       STAFF
			POST /admin/courses/new                                                                       STAFF
			GET  /admin/courses/venues                                                                    STAFF
			GET  /admin/courses/venues/new                                                                STAFF
			POST /admin/courses/venues/new                                                                STAFF
			GET  /admin/courses/venues/{id}/edit                                                          STAFF
			POST /admin/courses/venues/{id}/edit                                                          STAFF
			GET  /admin/courses/{courseId}/applications                                                   STAFF
			GET  /admin/courses/{courseId}/applications.csv                                               STAFF
			GET  /admin/courses/{courseId}/applications/new                                               STAFF
			POST /admin/courses/{courseId}/applications/new                                               STAFF
			GET  /admin/courses/{courseId}/applications/{applicationId}                                   STAFF
			POST /admin/courses/{courseId}/applications/{applicationId}/status                            STAFF
			GET  /admin/courses/{courseId}/roster                                                         STAFF
			GET  /admin/courses/{courseId}/roster.csv                                                     STAFF
			GET  /admin/courses/{courseId}/roster/attendance                                              STAFF
			POST /admin/courses/{courseId}/roster/attendance                                              STAFF
			GET  /admin/courses/{id}/application-settings                                                 STAFF
			POST /admin/courses/{id}/application-settings                                                 STAFF
			POST /admin/courses/{id}/cancel                                                               STAFF
			POST /admin/courses/{id}/duplicate                                                            STAFF
			GET  /admin/courses/{id}/edit                                                                 STAFF
			POST /admin/courses/{id}/edit                                                                 STAFF
			GET  /admin/courses/{id}/lottery                                                              STAFF
			POST /admin/courses/{id}/lottery/draw                                                         STAFF
			POST /admin/courses/{id}/publish                                                              STAFF
			GET  /admin/courses/{id}/survey                                                               STAFF
			POST /admin/courses/{id}/unpublish                                                            STAFF
			GET  /admin/mail                                                                              STAFF
			GET  /admin/plans                                                                             STAFF
			GET  /admin/plans/active                                                                      ADMIN
			POST /admin/plans/active                                                                      ADMIN
			GET  /admin/plans/upload                                                                      STAFF STAFF=302 ADMIN=302   # the upload form lives on /admin/plans; this only redirects there
			POST /admin/plans/upload                                                                      STAFF
			GET  /admin/plans/{planCode}                                                                  STAFF
			GET  /admin/plans/{planCode}/export                                                           STAFF
			GET  /admin/plans/{planCode}/indicators/{indicatorId}                                         STAFF STAFF=404 ADMIN=404   # the imported plan has no indicator: an unknown id
			POST /admin/plans/{planCode}/indicators/{indicatorId}                                         STAFF
			POST /admin/plans/{planCode}/indicators/{indicatorId}/delete                                  STAFF
			GET  /admin/plans/{planCode}/nodes/new                                                        STAFF
			POST /admin/plans/{planCode}/nodes/new                                                        STAFF
			GET  /admin/plans/{planCode}/nodes/{nodeId}                                                   STAFF
			POST /admin/plans/{planCode}/nodes/{nodeId}                                                   STAFF
			POST /admin/plans/{planCode}/nodes/{nodeId}/archive                                           STAFF
			GET  /admin/report                                                                          STAFF
			GET  /admin/report/export.csv                                                               STAFF
			GET  /admin/report/export.xlsx                                                              STAFF
			GET  /admin/report/indicators                                                               STAFF
			POST /admin/report/indicators/{indicatorId}                                                 STAFF
			GET  /admin/report/nodes/{nodeId}                                                           STAFF
			GET  /admin/report/print                                                                    STAFF
			POST /admin/report/recompute                                                                ADMIN
			GET  /admin/plans/{planCode}/nodes/{nodeId}/indicators/new                                    STAFF
			POST /admin/plans/{planCode}/nodes/{nodeId}/indicators/new                                    STAFF
			POST /admin/plans/{planCode}/nodes/{nodeId}/move                                              STAFF
			POST /admin/plans/{planCode}/nodes/{nodeId}/move-down                                         STAFF
			POST /admin/plans/{planCode}/nodes/{nodeId}/move-up                                           STAFF
			POST /admin/plans/{planCode}/nodes/{nodeId}/restore                                           STAFF
			POST /admin/plans/{planCode}/status                                                           STAFF
			GET  /admin/proposals                                                                         STAFF
			GET  /admin/proposals/{id}                                                                    STAFF
			POST /admin/proposals/{id}/adopt                                                              STAFF
			POST /admin/proposals/{id}/reject                                                             STAFF
			POST /admin/proposals/{id}/review                                                             STAFF
			GET  /admin/volunteers                                                                        STAFF
			GET  /admin/volunteers/organisations                                                          STAFF
			POST /admin/volunteers/organisations                                                          STAFF
			POST /admin/volunteers/organisations/{id}/active                                              STAFF
			GET  /admin/volunteers/reports                                                                STAFF
			GET  /admin/volunteers/requests                                                               STAFF
			GET  /admin/volunteers/requests/new                                                           STAFF
			POST /admin/volunteers/requests/new                                                           STAFF
			GET  /admin/volunteers/requests/{id}/assignments                                              STAFF
			POST /admin/volunteers/requests/{id}/assignments/{assignmentId}/absent                        STAFF
			POST /admin/volunteers/requests/{id}/assignments/{assignmentId}/approve                       STAFF
			POST /admin/volunteers/requests/{id}/assignments/{assignmentId}/complete                      STAFF
			POST /admin/volunteers/requests/{id}/assignments/{assignmentId}/decline                       STAFF
			GET  /admin/volunteers/requests/{id}/edit                                                     STAFF
			POST /admin/volunteers/requests/{id}/edit                                                     STAFF
			POST /admin/volunteers/requests/{id}/invite                                                   STAFF
			GET  /admin/volunteers/requests/{id}/matches                                                  STAFF
			POST /admin/volunteers/requests/{id}/status                                                   STAFF
			GET  /admin/volunteers/skills                                                                 STAFF
			POST /admin/volunteers/skills                                                                 STAFF
			GET  /admin/volunteers/skills/{id}                                                            STAFF
			POST /admin/volunteers/skills/{id}                                                            STAFF
			GET  /admin/volunteers/{profileId}                                                            STAFF
			POST /admin/volunteers/{profileId}/approve                                                    STAFF
			POST /admin/volunteers/{profileId}/return                                                     STAFF
			GET  /circles                                                                                 PUBLIC
			GET  /circles/images/{imageId}                                                                PUBLIC
			GET  /circles/{id}                                                                            PUBLIC
			GET  /circles/{id}/activities/{activityId}                                                    PUBLIC
			GET  /circles/{id}/activities/{activityId}/signup                                             SIGNED_IN SIGNED=302   # after login, back to the event page
			POST /circles/{id}/activities/{activityId}/signup                                             SIGNED_IN
			GET  /circles/{id}/join                                                                       SIGNED_IN
			POST /circles/{id}/join                                                                       SIGNED_IN
			GET  /consultations                                                                           PUBLIC
			GET  /consultations/{code}                                                                    PUBLIC
			GET  /consultations/{code}/book                                                               SIGNED_IN SIGNED=400   # without a chosen slot
			POST /consultations/{code}/book                                                               SIGNED_IN
			GET  /counselor                                                                               COUNSELOR
			GET  /counselor/bookings/{id}                                                                 COUNSELOR
			POST /counselor/bookings/{id}/link                                                            COUNSELOR
			POST /counselor/bookings/{id}/notes                                                           COUNSELOR
			POST /counselor/bookings/{id}/referrals                                                       COUNSELOR
			POST /counselor/bookings/{id}/referrals/{referralId}/remove                                   COUNSELOR
			POST /counselor/bookings/{id}/status                                                          COUNSELOR
			GET  /counselor/hours                                                                         COUNSELOR
			POST /counselor/hours/exceptions                                                              COUNSELOR
			POST /counselor/hours/exceptions/{exceptionId}/remove                                         COUNSELOR
			POST /counselor/hours/weekly                                                                  COUNSELOR
			POST /counselor/hours/weekly/{hoursId}/remove                                                 COUNSELOR
			GET  /courses                                                                                 PUBLIC
			GET  /courses/calendar                                                                        PUBLIC
			GET  /opendata                                                                              PUBLIC
			GET  /opendata/events.csv                                                                   PUBLIC
			GET  /opendata/events.ics                                                                   PUBLIC
			GET  /opendata/events.json                                                                  PUBLIC
			GET  /plan/{planCode}/{nodeCode}/figures                                                    PUBLIC
			GET  /courses/feed.ics                                                                        PUBLIC
			GET  /courses/{id}                                                                            PUBLIC
			GET  /courses/{id}/apply                                                                      SIGNED_IN
			POST /courses/{id}/apply                                                                      SIGNED_IN
			POST /courses/{id}/apply/confirm                                                              SIGNED_IN
			GET  /courses/{id}/sessions.ics                                                               PUBLIC
			GET  /login                                                                                   PUBLIC
			GET  /mypage                                                                                  SIGNED_IN
			GET  /mypage/data                                                                           SIGNED_IN
			GET  /mypage/data.json                                                                      SIGNED_IN
			GET  /mypage/delete                                                                         SIGNED_IN
			POST /mypage/delete                                                                         SIGNED_IN
			GET  /mypage/applications                                                                     SIGNED_IN
			GET  /mypage/applications/{applicationId}                                                     OWNER
			POST /mypage/applications/{applicationId}/cancel                                              OWNER SIGNED=refused RES=ok   # back to the list with a "not found" notice; the world check proves nothing changed
			POST /mypage/applications/{applicationId}/confirm                                             OWNER SIGNED=refused RES=ok   # back to the list with a "not found" notice; the world check proves nothing changed
			GET  /mypage/applications/{applicationId}/survey                                              OWNER
			POST /mypage/applications/{applicationId}/survey                                              OWNER
			GET  /mypage/circles                                                                          SIGNED_IN
			GET  /mypage/circles/new                                                                      SIGNED_IN
			POST /mypage/circles/new                                                                      SIGNED_IN
			GET  /mypage/circles/{circleId}/volunteer-requests                                            LEADER
			GET  /mypage/circles/{circleId}/volunteer-requests/new                                        LEADER
			POST /mypage/circles/{circleId}/volunteer-requests/new                                        LEADER
			GET  /mypage/circles/{circleId}/volunteer-requests/{id}/assignments                           LEADER STAFF=200 ADMIN=200   # shared with /admin/volunteers/requests/{id}/assignments, which staff may see
			POST /mypage/circles/{circleId}/volunteer-requests/{id}/assignments/{assignmentId}/absent     LEADER
			POST /mypage/circles/{circleId}/volunteer-requests/{id}/assignments/{assignmentId}/approve    LEADER
			POST /mypage/circles/{circleId}/volunteer-requests/{id}/assignments/{assignmentId}/complete   LEADER
			POST /mypage/circles/{circleId}/volunteer-requests/{id}/assignments/{assignmentId}/decline    LEADER
			GET  /mypage/circles/{circleId}/volunteer-requests/{id}/edit                                  LEADER
			POST /mypage/circles/{circleId}/volunteer-requests/{id}/edit                                  LEADER
			POST /mypage/circles/{circleId}/volunteer-requests/{id}/status                                LEADER SIGNED=400 LEADER=ok   # the empty form is refused before ownership is checked
			GET  /mypage/circles/{id}                                                                     LEADER
			GET  /mypage/circles/{id}/activities                                                          LEADER
			GET  /mypage/circles/{id}/activities/new                                                      LEADER
			POST /mypage/circles/{id}/activities/new                                                      LEADER
			GET  /mypage/circles/{id}/activities/{activityId}                                             LEADER
			POST /mypage/circles/{id}/activities/{activityId}/cancel                                      LEADER
			GET  /mypage/circles/{id}/activities/{activityId}/edit                                        LEADER
			POST /mypage/circles/{id}/activities/{activityId}/edit                                        LEADER
			POST /mypage/circles/{id}/coleaders                                                           LEADER
			POST /mypage/circles/{id}/coleaders/remove                                                    LEADER
			POST /mypage/circles/{id}/dissolve                                                            LEADER
			POST /mypage/circles/{id}/edit                                                                LEADER
			POST /mypage/circles/{id}/handover                                                            LEADER
			GET  /mypage/circles/{id}/joins                                                               LEADER
			POST /mypage/circles/{id}/renew                                                               LEADER
			GET  /mypage/circles/{id}/reports                                                             LEADER
			GET  /mypage/circles/{id}/reports/new                                                         LEADER
			POST /mypage/circles/{id}/reports/new                                                         LEADER
			POST /mypage/circles/{id}/suspend                                                             LEADER
			GET  /mypage/consultations                                                                    SIGNED_IN
			GET  /mypage/consultations/{id}                                                               OWNER
			POST /mypage/consultations/{id}/cancel                                                        OWNER
			GET  /mypage/consultations/{id}/move                                                          OWNER
			POST /mypage/consultations/{id}/move                                                          OWNER
			GET  /mypage/events                                                                           SIGNED_IN
			POST /mypage/events/{signupId}/cancel                                                         OWNER SIGNED=refused RES=ok   # back to the list with a "not found" notice; the world check proves nothing changed
			GET  /mypage/joins                                                                            SIGNED_IN
			GET  /mypage/joins/{requestId}                                                                JOIN_THREAD
			POST /mypage/joins/{requestId}/accept                                                         JOIN_THREAD
			POST /mypage/joins/{requestId}/decline                                                        JOIN_THREAD
			POST /mypage/joins/{requestId}/reply                                                          JOIN_THREAD
			POST /mypage/joins/{requestId}/withdraw                                                       JOIN_THREAD
			GET  /mypage/password                                                                         SIGNED_IN
			POST /mypage/password                                                                         SIGNED_IN
			GET  /mypage/profile                                                                          SIGNED_IN
			POST /mypage/profile                                                                          SIGNED_IN
			GET  /mypage/proposals                                                                        SIGNED_IN
			GET  /mypage/proposals/new                                                                    SIGNED_IN
			POST /mypage/proposals/new                                                                    SIGNED_IN
			GET  /mypage/proposals/{id}                                                                   OWNER
			GET  /mypage/volunteer                                                                        SIGNED_IN
			POST /mypage/volunteer                                                                        SIGNED_IN
			GET  /mypage/volunteer/certificate                                                            SIGNED_IN SIGNED=302 RES=200   # without a volunteer profile: to /mypage/volunteer
			GET  /mypage/volunteer/edit                                                                   SIGNED_IN SIGNED=302 RES=200   # without a volunteer profile: to /mypage/volunteer
			POST /mypage/volunteer/edit                                                                   SIGNED_IN
			GET  /mypage/volunteer/recommended                                                            SIGNED_IN
			POST /mypage/volunteer/withdraw                                                               SIGNED_IN
			GET  /mypage/volunteer/work                                                                   SIGNED_IN
			POST /mypage/volunteer/work/{assignmentId}/accept                                             OWNER
			POST /mypage/volunteer/work/{assignmentId}/decline                                            OWNER
			POST /mypage/volunteer/work/{assignmentId}/withdraw                                           OWNER
			GET  /partner/requests                                                                        ORG
			GET  /partner/requests/new                                                                    ORG
			POST /partner/requests/new                                                                    ORG
			GET  /partner/requests/{id}/assignments                                                       ORG
			POST /partner/requests/{id}/assignments/{assignmentId}/absent                                 ORG
			POST /partner/requests/{id}/assignments/{assignmentId}/approve                                ORG
			POST /partner/requests/{id}/assignments/{assignmentId}/complete                               ORG
			POST /partner/requests/{id}/assignments/{assignmentId}/decline                                ORG
			GET  /partner/requests/{id}/edit                                                              ORG
			POST /partner/requests/{id}/edit                                                              ORG
			POST /partner/requests/{id}/status                                                            ORG
			GET  /password/forgot                                                                         PUBLIC
			POST /password/forgot                                                                         PUBLIC
			GET  /password/forgot/sent                                                                    PUBLIC
			GET  /password/reset                                                                          PUBLIC
			POST /password/reset                                                                          PUBLIC
			GET  /plan                                                                                    PUBLIC
			GET  /plan/{planCode}                                                                         PUBLIC
			GET  /plan/{planCode}/{nodeCode}                                                              PUBLIC
			GET  /signup                                                                                  PUBLIC
			POST /signup                                                                                  PUBLIC
			GET  /signup/sent                                                                             PUBLIC
			GET  /verify                                                                                  PUBLIC
			GET  /verify/resend                                                                           PUBLIC
			POST /verify/resend                                                                           PUBLIC
			GET  /volunteers                                                                              PUBLIC
			GET  /volunteers/requests/{id}                                                                PUBLIC
			GET  /volunteers/requests/{id}/apply                                                          SIGNED_IN
			POST /volunteers/requests/{id}/apply                                                          SIGNED_IN
			GET  /volunteers/talent                                                                       PUBLIC
			# Sessions: where you are logged in, log out elsewhere; administrators end an account's sessions, disable it.
			GET  /mypage/sessions                                                                         SIGNED_IN
			POST /mypage/sessions/{handle}/end                                                            SIGNED_IN SIGNED=404   # a made-up handle: nobody's session
			POST /mypage/sessions/end-others                                                              SIGNED_IN
			POST /mypage/sessions/end-all                                                                 SIGNED_IN
			GET  /admin/accounts/find                                                                     ADMIN ADMIN=302   # no address given: back to the list with a notice
			GET  /admin/accounts/{id}                                                                     ADMIN
			POST /admin/accounts/{id}/sessions/end                                                        ADMIN
			POST /admin/accounts/{id}/disable                                                             ADMIN
			POST /admin/accounts/{id}/enable                                                              ADMIN
			# Two-factor login (issue 10): the second step answers only a login halfway (a password just
			# accepted); anyone else, signed in or not, is sent to /login.
			GET  /login/two-factor                                                                        PUBLIC ANON=login SIGNED=login
			POST /login/two-factor                                                                        PUBLIC ANON=login SIGNED=login
			GET  /login/two-factor/enrol                                                                  PUBLIC ANON=login SIGNED=login
			POST /login/two-factor/enrol                                                                  PUBLIC ANON=login SIGNED=login
			GET  /mypage/security                                                                         SIGNED_IN
			GET  /mypage/security/enrol                                                                   SIGNED_IN COUNSELOR=302 STAFF=302 ADMIN=302   # already enrolled: back to /mypage/security
			POST /mypage/security/enrol                                                                   SIGNED_IN
			GET  /mypage/security/recovery-codes                                                          SIGNED_IN SIGNED=302   # shown once, straight after they were made; otherwise to /mypage/security
			POST /mypage/security/recovery-codes                                                          SIGNED_IN
			POST /mypage/security/disable                                                                 SIGNED_IN
			POST /admin/accounts/{id}/two-factor-reset                                                    ADMIN
			""";
	// @formatter:on

	private static final Pattern LINE = Pattern.compile("^(GET|POST)\\s+(\\S+)\\s+(\\S+)((?:\\s+\\w+=\\w+)*)\\s*(?:#.*)?$");
	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^/]*)?}");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Autowired
	private SecurityFixtures fixtures;

	@Autowired
	private AccountService accountService;

	record Rule(String method, String pattern, Map<Actor, String> answers) {
	}

	@Test
	void everyRouteHasExactlyOneRule() {
		var rules = rules();
		var routes = routes();
		var missing = new TreeSet<String>(routes);
		missing.removeAll(rules.keySet());
		var stale = new TreeSet<String>(rules.keySet());
		stale.removeAll(routes);
		assertThat(missing).as("routes without a rule (add a line to PermissionMatrixTest.TABLE)")
				.allSatisfy(route -> assertThat(route).as("no rule for " + route).isNull());
		assertThat(stale).as("rules for routes that no longer exist").isEmpty();
	}

	@Test
	void everyActorGetsTheDeclaredAnswerOnEveryRoute() {
		var people = fixtures.people();
		var sessions = new EnumMap<Actor, WebSession>(Actor.class);
		var tokens = new EnumMap<Actor, String>(Actor.class);
		for (Actor actor : Actor.values()) {
			var web = session();
			if (actor != Actor.ANON) {
				var person = people.get(actor);
				assertThat(web.logIn(person.email(), person.password()).headers().firstValue("Location"))
						.as("login of " + actor).get().asString().endsWith("/mypage");
			}
			sessions.put(actor, web);
			tokens.put(actor, web.csrfFrom(actor == Actor.ANON ? "/login" : "/mypage/profile"));
		}
		var failures = new ArrayList<String>();
		var rules = new ArrayList<>(rules().values());
		String before = fixtures.world();
		int requests = 0;
		// GETs first: the POSTs below must all be refused, but if one is not, it may change the world.
		for (String method : List.of("GET", "POST")) {
			for (Rule rule : rules) {
				if (!rule.method().equals(method)) {
					continue;
				}
				String path = fill(rule.pattern());
				for (Actor actor : Actor.values()) {
					String expected = rule.answers().get(actor);
					if (expected.equals("skip") || (method.equals("POST") && isAllowed(expected))) {
						continue;
					}
					var web = sessions.get(actor);
					HttpResponse<String> response = method.equals("GET") ? web.get(path)
							: web.post(path, Map.of("_csrf", tokens.get(actor)));
					requests++;
					String actual = answer(response, expected);
					if (method.equals("GET") && actual.equals("200") && PERSONAL.matcher(path).lookingAt()
							&& !response.headers().firstValue("Cache-Control").orElse("").contains("no-store")) {
						failures.add("GET  " + path + " as " + actor + ": personal data without Cache-Control: no-store");
					}
					if (!actual.equals(expected)) {
						failures.add(String.format("%-4s %-70s %-9s expected %-5s got %s", method, path, actor, expected,
								actual));
					}
				}
			}
		}
		assertThat(requests).isGreaterThan(1000);
		assertThat(fixtures.world()).as("the refused posts changed nothing").isEqualTo(before);
		assertThat(failures).as("answers that differ from PermissionMatrixTest.TABLE").isEmpty();
	}

	/**
	 * A role taken away counts from the next request: the principal in the session is checked
	 * against the account on every request, so no new login is needed.
	 */
	@Test
	void aRevokedRoleTakesEffectOnTheNextRequest() {
		var staff = accounts.staff();
		var web = session();
		web.logIn(staff.email(), staff.password());
		assertThat(web.get("/admin").statusCode()).isEqualTo(200);

		accountService.changeRoles(staff.id(), Set.of(Role.RESIDENT), true);
		assertThat(web.get("/admin").statusCode()).isEqualTo(403);
		assertThat(web.get("/mypage").statusCode()).isEqualTo(200);

		accountService.changeRoles(staff.id(), Set.of(Role.RESIDENT, Role.STAFF), true);
		assertThat(web.get("/admin").statusCode()).isEqualTo(200);

		// A disabled account is signed out at once.
		accountService.changeRoles(staff.id(), Set.of(Role.RESIDENT, Role.STAFF), false);
		var response = web.get("/mypage");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login");
	}

	private static boolean isAllowed(String answer) {
		return answer.equals("200") || answer.equals("ok") || answer.equals("302");
	}

	private static String answer(HttpResponse<String> response, String expected) {
		int status = response.statusCode();
		if (status >= 300 && status < 400) {
			String location = response.headers().firstValue("Location").orElse("");
			if (location.endsWith("/login")) {
				return "login";
			}
			// A refusal told by a notice on the next page: whether it changed nothing is checked by worldOf().
			return expected.equals("refused") ? "refused" : "302";
		}
		return String.valueOf(status);
	}

	private String fill(String pattern) {
		return fill(pattern, fixtures.ids());
	}

	/** The pattern with each path variable replaced by the id of that kind of record in the world. */
	static String fill(String pattern, Map<String, String> ids) {
		var result = new StringBuilder();
		String previous = "";
		for (String segment : pattern.substring(1).split("/")) {
			result.append('/');
			if (segment.startsWith("{")) {
				String key = previous + "/" + segment;
				String id = ids.get(key);
				if (id == null) {
					throw new AssertionError("no fixture id for " + key + " in " + pattern
							+ " (add one to SecurityFixtures.ids())");
				}
				result.append(id);
			}
			else {
				result.append(segment);
			}
			previous = segment;
		}
		return pattern.equals("/") ? "/" : result.toString();
	}

	/** Every METHOD pattern the app's own controllers answer. */
	private Set<String> routes() {
		var routes = new TreeSet<String>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			for (String pattern : info.getPatternValues()) {
				if (NOT_APP_ROUTES.contains(pattern)) {
					continue;
				}
				var methods = info.getMethodsCondition().getMethods();
				assertThat(methods).as("a route for every method: " + pattern + " in " + method).isNotEmpty();
				for (var httpMethod : methods) {
					routes.add(httpMethod.name() + " " + withoutRegex(pattern));
				}
			}
		});
		return routes;
	}

	static String withoutRegex(String pattern) {
		var matcher = VARIABLE.matcher(pattern);
		var result = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(result, Matcher.quoteReplacement("{" + matcher.group(1) + "}"));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	static Map<String, Rule> rules() {
		var rules = new LinkedHashMap<String, Rule>();
		for (String raw : TABLE.lines().map(String::strip).toList()) {
			if (raw.isEmpty() || raw.startsWith("#")) {
				continue;
			}
			var matcher = LINE.matcher(raw);
			if (!matcher.matches()) {
				throw new AssertionError("unreadable line in the table: " + raw);
			}
			String[] profile = PROFILES.get(matcher.group(3));
			if (profile == null) {
				throw new AssertionError("unknown profile in: " + raw);
			}
			var answers = new EnumMap<Actor, String>(Actor.class);
			for (Actor actor : Actor.values()) {
				answers.put(actor, profile[actor.ordinal()]);
			}
			for (String override : matcher.group(4).trim().split("\\s+")) {
				if (!override.isEmpty()) {
					String[] parts = override.split("=");
					if (parts[0].equals("SIGNED")) {
						// Every signed-in actor; later overrides on the line name the exceptions.
						for (Actor actor : Actor.values()) {
							if (actor != Actor.ANON) {
								answers.put(actor, parts[1]);
							}
						}
					}
					else {
						answers.put(Actor.valueOf(parts[0]), parts[1]);
					}
				}
			}
			String key = matcher.group(1) + " " + matcher.group(2);
			if (rules.put(key, new Rule(matcher.group(1), matcher.group(2), answers)) != null) {
				throw new AssertionError("two lines for " + key);
			}
		}
		return rules;
	}

	private static String[] row(String answers) {
		return answers.split(" ");
	}
}
