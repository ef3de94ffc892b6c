package jp.manabi.portal.course.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How staff records match people: phone digits, and names found however they are typed. */
class PersonKeysTest {

	@Test
	void phoneNumbersCompareByTheirDigitsOnly() {
		assertThat(PersonKeys.phoneDigits("03-1234-5678")).isEqualTo("0312345678");
		assertThat(PersonKeys.phoneDigits("０３（１２３４）５６７８")).isEqualTo("0312345678");
		assertThat(PersonKeys.phoneDigits("(03) 1234 5678")).isEqualTo("0312345678");
		assertThat(PersonKeys.phoneDigits(null)).isEmpty();
		assertThat(PersonKeys.normalizedPhone(" ０３－１２３４－５６７８ ")).isEqualTo("03-1234-5678");
	}

	@Test
	void namesAreFoundWithoutSpacesInEitherKana() {
		assertThat(PersonKeys.searchable("イケブクロ　ハナコ")).isEqualTo("いけぶくろはなこ");
		assertThat(PersonKeys.searchable("ｲｹﾌﾞｸﾛ")).isEqualTo("いけぶくろ");
		assertThat(PersonKeys.searchable("Ikebukuro Hanako")).isEqualTo("ikebukurohanako");
		assertThat(PersonKeys.sortKey("カトウ", "加藤")).isEqualTo("かとう");
		assertThat(PersonKeys.sortKey(null, "Smith")).isEqualTo("smith");
	}
}
