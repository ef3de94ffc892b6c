package jp.manabi.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.manabi.portal.support.IntegrationTest;

/** Bad sign-up input: a message beside the field, the form kept, nothing saved, never a 500. */
class SignupValidationTest extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	static Map<String, String> validForm(String email) {
		return SignupValidationTestForms.valid(email);
	}

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|', textBlock = """
			email                | not-an-address             | メールアドレスの形式が正しくありません
			email                | a@b                        | メールアドレスの形式が正しくありません
			email                | <script>@x.jp              | メールアドレスの形式が正しくありません
			password             | short1                     | 8文字以上
			password             | password1                  | よく使われている
			password             | iloveyou                   | よく使われている
			passwordConfirmation | something else entirely    | 一致しません
			displayName          | ''                         | 入力してください
			displayName          | <b>豊島</b>                | 氏名に使えない文字
			displayName          | Robert'); DROP TABLE account;-- | 氏名に使えない文字
			displayName          | 田中\u0007太郎             | 氏名に使えない文字
			furigana             | 豊島花子                   | ひらがなかカタカナ
			furigana             | toshima                    | ひらがなかカタカナ
			phone                | call me                    | 数字とハイフン
			areaCode             | atlantis                   | 一覧から地区を選んで
			residency            | ALIEN                      | 形式が正しくありません
			birthYear            | nineteen                   | 半角数字
			birthYear            | 1800                       | 1900以上
			birthYear            | 2999                       | 2100以下
			preferredLanguage    | fr                         | 形式が正しくありません
			privacyConsent       | false                      | 同意が必要です
			""")
	void eachBadValueGetsAMessageBesideItsFieldAndNothingIsSaved(String field, String value, String message) {
		String email = "bad-" + field + "-" + System.nanoTime() + "@example.jp";
		var form = validForm(email);
		form.put(field, value.replace("\\u0007", "\u0007"));

		var response = session().submit("/signup", "/signup", form);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("id=\"" + field + "-error\"").contains(message)
				.doesNotContain("<b>豊島</b>").doesNotContain("<script>@");
		assertThat(accountsWithEmail(email)).isZero();
	}

	@ParameterizedTest(name = "{0} of 10 000 characters")
	@CsvSource({ "displayName,100文字以内", "furigana,100文字以内", "email,254文字以内" })
	void hugeValuesAreRefusedBesideTheirField(String field, String message) {
		String email = "huge-" + System.nanoTime() + "@example.jp";
		var form = validForm(email);
		form.put(field, (field.equals("furigana") ? "あ" : "a").repeat(10_000));

		var response = session().submit("/signup", "/signup", form);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("id=\"" + field + "-error\"").contains(message);
		assertThat(accountsWithEmail(email)).isZero();
	}

	@ParameterizedTest
	@CsvSource({ "taken@example.jp", "TAKEN@Example.JP" })
	void anEmailThatIsTakenInAnyCaseIsRefused(String secondEmail) {
		String first = "taken-" + System.nanoTime() + "@example.jp";
		var web = session();
		assertThat(web.submit("/signup", "/signup", validForm(first)).statusCode()).isEqualTo(302);

		var response = session().submit("/signup", "/signup",
				validForm(secondEmail.replace("taken@example.jp", first).replace("TAKEN@Example.JP", first.toUpperCase())));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("id=\"email-error\"").contains("すでに登録されています");
		assertThat(accountsWithEmail(first)).isOne();
	}

	@org.junit.jupiter.api.Test
	void englishVisitorsGetEnglishMessages() {
		var form = validForm("english-" + System.nanoTime() + "@example.jp");
		form.put("furigana", "Jiro");
		var response = session().acceptLanguage("en").submit("/signup", "/signup", form);
		assertThat(response.body()).contains("Please write the furigana in hiragana or katakana.");
	}

	@org.junit.jupiter.api.Test
	void aValidSignUpSavesAnUnverifiedResident() {
		String email = "valid-" + System.nanoTime() + "@example.jp";
		var response = session().submit("/signup", "/signup", validForm(email));
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/signup/sent");
		assertThat(jdbc.sql("select email_verified_at is null from account where email = :email").param("email", email)
				.query(Boolean.class).single()).isTrue();
	}

	private long accountsWithEmail(String email) {
		return jdbc.sql("select count(*) from account where email = lower(:email)").param("email", email)
				.query(Long.class).single();
	}
}
