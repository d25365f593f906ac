package no.samhald.platform;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samhald.SamhaldTest;

import static org.assertj.core.api.Assertions.assertThat;

@SamhaldTest
class DemoDataIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void loadingTheDemoDataAgainDuplicatesNothing() throws Exception {
		long before = rows();
		for (ApplicationRunner runner : context.getBeansOfType(ApplicationRunner.class).values()) {
			runner.run(new DefaultApplicationArguments());
		}
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void aLoaderRunsOnlyOnceForItsKey() {
		var demoData = context.getBean(DemoData.class);
		int[] runs = { 0 };
		demoData.loadOnce("test.once", () -> runs[0]++);
		demoData.loadOnce("test.once", () -> runs[0]++);
		assertThat(runs[0]).isEqualTo(1);
	}

	private long rows() {
		return jdbc.sql("""
				select (select count(*) from community) + (select count(*) from partner) + (select count(*) from forum)
				     + (select count(*) from person) + (select count(*) from membership) + (select count(*) from account)
				""").query(Long.class).single();
	}

}
