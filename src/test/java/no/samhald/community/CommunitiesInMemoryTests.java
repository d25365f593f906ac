package no.samhald.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import no.samhald.SamhaldTest;

/** Communities are read from memory on every request (#11); one added is found on the next. */
@SamhaldTest
class CommunitiesInMemoryTests {

	@Autowired
	Communities communities;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aCommunityAddedIsFoundAtOnceAndForgottenWhenItsTransactionRollsBack() {
		assertThat(communities.findBySlug("sogn-og-fjordane")).isPresent();
		assertThat(communities.findBySlug("ny-fellesskap")).isEmpty();

		transactions.executeWithoutResult(status -> {
			communities.ensure(Community.create("ny-fellesskap", "Nytt helsefellesskap", "NHF", "", "nb"));
			assertThat(communities.bySlug("ny-fellesskap").name()).isEqualTo("Nytt helsefellesskap");
			assertThat(communities.languageOf("ny-fellesskap")).hasValue(Locale.forLanguageTag("nb"));
			status.setRollbackOnly();
		});

		assertThat(communities.findBySlug("ny-fellesskap")).isEmpty();
		assertThat(communities.languageOf("ny-fellesskap")).isEmpty();
		assertThat(communities.findBySlug(null)).isEmpty();
	}

}
