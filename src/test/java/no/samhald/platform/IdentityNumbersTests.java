package no.samhald.platform;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityNumbersTests {

	@ParameterizedTest
	@ValueSource(strings = { "15076500565", "31129945616", "23045877701", "12121234562" })
	void aFoedselsnummerWithValidCheckDigitsIsFoundInText(String number) {
		assertThat(IdentityNumbers.containsOne("Pasienten (" + number + ") vart skriven ut.")).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "45038532069", "41017050034" })
	void aDNumberIsFoundToo(String number) {
		assertThat(IdentityNumbers.containsOne("Gjeld pasient med d-nr " + number)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "150765 00565", "150765-00565", "130755.30638", "13.07.55 30638", "13 07 55 30638",
			"130755  30638", "130755\u00A030638", "130755\u201330638", "13-07-55-30638", "13.07.55.30638",
			"13\u00A007\u00A055\u00A030638", "fnr.13075530638" })
	void aNumberWrittenInAnyGroupingIsFound(String number) {
		assertThat(IdentityNumbers.containsOne("fnr " + number + ".")).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Org.nr. 974 116 804", "Org.nr. 974116804", "Dato 13.07.2055", "13.07.55 kl. 14.30",
			"Møte 13.07.55, sak 30638", "Ring 913 07 553 eller 57 83 90 00", "+47 912 34 567",
			"Sak 2025/13075-30638", "Synergi-ref. 130755-3063", "Konto 1307.55.30638" })
	void numbersThatOnlyLookAlikeAreNotFlagged(String text) {
		assertThat(IdentityNumbers.containsOne(text)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Nr. 1 13075530638", "2 13 07 55 30638" })
	void aNumberAfterOtherNumbersIsFound(String text) {
		assertThat(IdentityNumbers.containsOne(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "15076500566", "12345678901", "40123456789", "98765432109", "11111111111", "31129945617" })
	void elevenDigitsWithWrongCheckDigitsAreNotFlagged(String number) {
		assertThat(IdentityNumbers.containsOne("Nummer " + number)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Ring 57 83 90 00 eller +47 91234567", "Telefon 004791234567", "Synergi 2025-1234",
			"Saksnr. 25/01234-3", "Konto 3000.12.34567", "" })
	void phoneNumbersAndCaseNumbersAreNotFlagged(String text) {
		assertThat(IdentityNumbers.containsOne(text)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "115076500565", "150765005650" })
	void aValidNumberInsideALongerNumberIsNotOne(String text) {
		assertThat(IdentityNumbers.containsOne(text)).isFalse();
	}

}
