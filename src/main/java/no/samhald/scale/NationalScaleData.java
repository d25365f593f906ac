package no.samhald.scale;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.platform.DemoData;

/**
 * Loads the national-scale data once, after the ordinary demo data, when
 * {@code samhald.demo-scale=national} and demo data is on. Off by default: it adds about a
 * million rows. The application takes no requests until it is done (platform.web.StartingUp).
 */
@Component
@Order(90)
class NationalScaleData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(NationalScaleData.class);

	private final DemoData demoData;

	private final Communities communities;

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String scale;

	private final Path ssbFolder;

	NationalScaleData(DemoData demoData, Communities communities, DataSource dataSource, JdbcClient jdbc, Clock clock,
			@Value("${samhald.demo-scale:}") String scale, @Value("${samhald.ssb.data-dir:../shared/data}") String ssbDir) {
		this.demoData = demoData;
		this.communities = communities;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.clock = clock;
		this.scale = scale == null ? "" : scale.strip();
		this.ssbFolder = Path.of(ssbDir).resolve("ssb-07459");
	}

	/** Whether this start was asked to load the national data (and may: demo data is on). */
	boolean asked() {
		return demoData.enabled() && scale.equalsIgnoreCase("national");
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!asked()) {
			return;
		}
		demoData.loadOnce("scale.national", () -> load(ScaleSize.NATIONAL, LocalDate.now(clock)));
	}

	void load(ScaleSize size, LocalDate today) {
		long started = System.nanoTime();
		var rows = new CopyRows(dataSource, jdbc);
		ScaleGenerator.generate(rows, size, SsbMunicipalities.in(ssbFolder), today,
				(slug, name, shortName, description) -> communities
					.ensure(Community.create(slug, name, shortName, description, "nn"))
					.id());
		rows.finish();
		log.info("National-scale demo data loaded in {} s", (System.nanoTime() - started) / 1_000_000_000);
	}

}
