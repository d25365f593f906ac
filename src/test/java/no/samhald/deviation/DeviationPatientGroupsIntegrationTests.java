package no.samhald.deviation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.SamhaldTest;
import no.samhald.community.Communities;
import no.samhald.plan.PatientGroup;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deviation names its patient group with the plan module's groups, so that it can be matched
 * to a plan's priority groups; reports stored under the old deviation-only names are renamed.
 */
@SamhaldTest
@Transactional
class DeviationPatientGroupsIntegrationTests {

	private static final String MIGRATION = "db/migration/V9_2__deviation_patient_groups_named_as_in_plan.sql";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	Communities communities;

	@Test
	void reportsStoredUnderTheOldNamesAreRenamedToThePlansGroups() {
		long youth = insertDeviationWithPatientGroup("CHILDREN_AND_YOUTH");
		long mental = insertDeviationWithPatientGroup("MENTAL_ILLNESS_AND_ADDICTION");
		long elderly = insertDeviationWithPatientGroup("FRAIL_ELDERLY");

		// In the test's transaction, so the rows above are seen and everything is rolled back.
		new ResourceDatabasePopulator(new ClassPathResource(MIGRATION)).execute(dataSource);

		assertThat(patientGroupOf(youth)).isEqualTo(PatientGroup.CHILDREN_AND_YOUNG_PEOPLE);
		assertThat(patientGroupOf(mental)).isEqualTo(PatientGroup.SEVERE_MENTAL_ILLNESS_AND_ADDICTION);
		assertThat(patientGroupOf(elderly)).isEqualTo(PatientGroup.FRAIL_ELDERLY);
	}

	@Test
	void everyStoredPatientGroupIsOneOfThePlansGroups() {
		List<String> stored = jdbc.sql("select distinct patient_group from deviation where patient_group is not null")
			.query(String.class).list();
		assertThat(stored).isNotEmpty()
			.allSatisfy(name -> assertThat(Arrays.stream(PatientGroup.values()).map(Enum::name)).contains(name));
	}

	private long insertDeviationWithPatientGroup(String patientGroup) {
		long communityId = communities.bySlug("sogn-og-fjordane").id();
		return jdbc.sql("""
				insert into deviation (community_id, reporting_partner_id, reporting_partner_type, receiving_partner_id,
				    receiving_partner_type, event_date, category, patient_group, description, consequence,
				    reporter_reference, reported_by, received_on, answer_due, status)
				values (:community, 1, 'MUNICIPALITY', 2, 'HEALTH_TRUST', :day, 'DISCHARGE', :group, 'Skildring',
				    'Konsekvens', 'REF-1', 'koordinator', :day, :day, 'RECEIVED')
				returning id
				""").param("community", communityId).param("day", LocalDate.of(2026, 1, 5)).param("group", patientGroup)
			.query(Long.class).single();
	}

	private PatientGroup patientGroupOf(long deviationId) {
		return PatientGroup.valueOf(jdbc.sql("select patient_group from deviation where id = :id")
			.param("id", deviationId).query(String.class).single());
	}

}
