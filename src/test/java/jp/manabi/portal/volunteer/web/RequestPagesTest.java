package jp.manabi.portal.volunteer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.manabi.portal.account.Role;
import jp.manabi.portal.circle.CircleFixtures;
import jp.manabi.portal.support.IntegrationTest;
import jp.manabi.portal.support.TestAccounts;
import jp.manabi.portal.support.WebSession;
import jp.manabi.portal.volunteer.domain.RequestDetails;
import jp.manabi.portal.volunteer.domain.RequestInput;
import jp.manabi.portal.volunteer.domain.RequestService;
import jp.manabi.portal.volunteer.domain.RequestStatus;
import jp.manabi.portal.volunteer.domain.RequestTestData;
import jp.manabi.portal.volunteer.domain.Shift;

/** Who may see and change which request, the form's checks, and what the public pages show. */
class RequestPagesTest extends IntegrationTest {

	@Autowired
	RequestService service;

	@Autowired
	RequestTestData data;

	@Autowired
	CircleFixtures circles;

	WebSession as(TestAccounts.Created who) {
		var web = session();
		web.logIn(who.email(), who.password());
		return web;
	}

	RequestInput input(String title) {
		var first = service.today().plusDays(14);
		return new RequestInput(new RequestDetails(title, "説明", "校庭", "ikebukuro", 2, first.minusDays(3), Set.of()),
				List.of(new Shift.ShiftTime(first, LocalTime.of(9, 0), LocalTime.of(12, 0), 2)), Set.of(), false);
	}

	Map<String, String> form(String title, LocalDate shiftDate, LocalDate applyBy) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("title", title);
		fields.put("description", "受付と案内をお願いします。");
		fields.put("shifts[0].date", shiftDate.toString());
		fields.put("shifts[0].startsAt", "10:00");
		fields.put("shifts[0].endsAt", "12:00");
		fields.put("shifts[0].needed", "2");
		fields.put("place", "としま区民センター");
		fields.put("areaCode", "ikebukuro");
		fields.put("numberNeeded", "2");
		fields.put("applyBy", applyBy.toString());
		fields.put("skills[" + data.skill("event-staff") + "]", "REQUIRED");
		return fields;
	}

	@Test
	void anOrganisationSeesOnlyItsOwnRequests() {
		var a = accounts.create(EnumSet.of(Role.ORGANISATION));
		var b = accounts.create(EnumSet.of(Role.ORGANISATION));
		data.organisation("池袋第一小学校", a.id());
		data.organisation("巣鴨第二小学校", b.id());
		long ofB = service.postByOrganisation(b.id(), input("巣鴨の運動会"));

		var web = as(a);
		assertThat(web.get("/partner/requests").statusCode()).isEqualTo(200);
		assertThat(web.get("/partner/requests").body()).doesNotContain("巣鴨の運動会");
		assertThat(web.get("/partner/requests/" + ofB + "/edit").statusCode()).isEqualTo(404);
		var tampered = form("乗っ取り", service.today().plusDays(10), service.today().plusDays(5));
		tampered.put("_csrf", web.csrfFrom("/partner/requests/new"));
		tampered.put("version", "0");
		assertThat(web.post("/partner/requests/" + ofB + "/edit", tampered).statusCode()).isEqualTo(404);

		var own = as(b);
		assertThat(own.get("/partner/requests").body()).contains("巣鴨の運動会");
		assertThat(own.get("/partner/requests/" + ofB + "/edit").statusCode()).isEqualTo(200);
	}

	@Test
	void anOrganisationPostsARequestThroughItsForm() {
		var school = accounts.create(EnumSet.of(Role.ORGANISATION));
		data.organisation("目白小学校", school.id());
		var web = as(school);
		var response = web.submit("/partner/requests/new", "/partner/requests/new",
				form("目白小 読み聞かせ", service.today().plusDays(20), service.today().plusDays(10)));
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(web.get("/partner/requests").body()).contains("目白小 読み聞かせ");
		assertThat(session().get("/volunteers").body()).contains("目白小 読み聞かせ");
	}

	@Test
	void onlyTheCircleLeadersReachItsRequests() {
		var leader = accounts.resident();
		long circle = circles.registered("募集テストの会" + System.nanoTime(), leader.id(), true);
		String base = "/mypage/circles/" + circle + "/volunteer-requests";

		assertThat(as(accounts.resident()).get(base).statusCode()).isEqualTo(404);
		assertThat(as(accounts.resident()).get(base + "/new").statusCode()).isEqualTo(404);

		var web = as(leader);
		assertThat(web.get(base).statusCode()).isEqualTo(200);
		var posted = web.submit(base + "/new", base + "/new",
				form("会のお祭り手伝い", service.today().plusDays(20), service.today().plusDays(10)));
		assertThat(posted.statusCode()).isEqualTo(302);
		String edit = posted.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		assertThat(web.get(edit).statusCode()).isEqualTo(200);
		assertThat(as(accounts.resident()).get(edit).statusCode()).isEqualTo(404);
	}

	@Test
	void residentsAreRefusedStaffAndPartnerPages() {
		var web = as(accounts.resident());
		assertThat(web.get("/admin/volunteers/requests").statusCode()).isEqualTo(403);
		assertThat(web.get("/admin/volunteers/organisations").statusCode()).isEqualTo(403);
		assertThat(web.get("/partner/requests").statusCode()).isEqualTo(403);
	}

	@Test
	void theFormSaysWhatIsWrongBesideTheFields() {
		var web = as(accounts.staff());
		var late = web.submit("/admin/volunteers/requests/new", "/admin/volunteers/requests/new",
				form("締切が遅い募集", service.today().plusDays(10), service.today().plusDays(12)));
		assertThat(late.statusCode()).isEqualTo(200);
		assertThat(late.body()).contains("応募締切日は最初の活動日以前にしてください。").contains("id=\"applyBy-error\"");

		var tampered = form("スキルを改ざん", service.today().plusDays(10), service.today().plusDays(5));
		tampered.put("skills[99999999]", "REQUIRED");
		var refused = web.submit("/admin/volunteers/requests/new", "/admin/volunteers/requests/new", tampered);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("選べないスキルが指定されています");

		var notANumber = form("スキルを改ざん2", service.today().plusDays(10), service.today().plusDays(5));
		notANumber.put("skills[abc]", "REQUIRED");
		assertThat(web.submit("/admin/volunteers/requests/new", "/admin/volunteers/requests/new", notANumber).body())
				.contains("選べないスキルが指定されています");

		var empty = web.submit("/admin/volunteers/requests/new", "/admin/volunteers/requests/new", Map.of());
		assertThat(empty.statusCode()).isEqualTo(200);
		assertThat(empty.body()).contains("日時（シフト）を1つ以上入力してください。");

		var added = web.submit("/admin/volunteers/requests/new", "/admin/volunteers/requests/new",
				Map.of("addShift", "1", "shifts[0].date", service.today().plusDays(3).toString()));
		assertThat(added.body()).contains("name=\"shifts[1].date\"").doesNotContain("error-summary");
	}

	@Test
	void publicPagesShowOnlyOpenRequests() {
		long staff = accounts.staff().id();
		var date = List.of(service.today().plusDays(9));
		long open = data.staffRequest(staff, "公開中の募集" + System.nanoTime(), Map.of(), date, "otsuka");
		long draft = data.staffRequest(staff, "下書きの募集" + System.nanoTime(), Map.of(), date, "otsuka");
		long closed = data.staffRequest(staff, "締切の募集" + System.nanoTime(), Map.of(), date, "otsuka");
		data.changeStatus(draft, RequestStatus.DRAFT);
		data.changeStatus(closed, RequestStatus.CLOSED);

		var web = session();
		String list = web.get("/volunteers?area=otsuka").body();
		assertThat(list).contains("/volunteers/requests/" + open + "\"").doesNotContain("/volunteers/requests/" + draft + "\"")
				.doesNotContain("/volunteers/requests/" + closed + "\"");
		var page = web.get("/volunteers/requests/" + open);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("/volunteers/requests/" + open + "/apply").contains("残り 2 人");
		assertThat(web.get("/volunteers/requests/" + draft).statusCode()).isEqualTo(404);
		var closedPage = web.get("/volunteers/requests/" + closed);
		assertThat(closedPage.statusCode()).isEqualTo(200);
		assertThat(closedPage.body()).contains("この募集は受付を終了しました。").doesNotContain("/apply");
	}
}
