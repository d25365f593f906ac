package no.samhald.insight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.community.Community;
import no.samhald.insight.engine.AgeGroup;
import no.samhald.insight.engine.DemandRate;
import no.samhald.insight.engine.SteeringIndicators;
import no.samhald.platform.Access;
import no.samhald.platform.AuditLog;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.InvalidInputException.FieldProblem;
import no.samhald.platform.NotFoundException;
import no.samhald.platform.Text;

/**
 * The data a community enters for its demand indicators: service use rates by age group and the
 * share of the 75+ it counts as frail. Stored per community; nothing of it is a constant in code
 * except the frail share's default (31 %).
 */
@Service
public class ServiceRates {

	private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,40}");

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Access access;

	ServiceRates(JdbcClient jdbc, AuditLog audit, Access access) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.access = access;
	}

	public List<ServiceRate> all(long communityId) {
		return jdbc.sql("""
				select service, name, base_year, per_thousand, yearly_change, fte_per_user, version
				from service_rate where community_id = :community order by service
				""")
			.param("community", communityId)
			.query((rs, n) -> {
				Double[] rates = (Double[]) rs.getArray("per_thousand").getArray();
				var byGroup = new LinkedHashMap<String, Double>();
				for (AgeGroup group : AgeGroup.values()) {
					byGroup.put(group.label(), rates[group.ordinal()]);
				}
				return new ServiceRate(rs.getString("service"), rs.getString("name"), rs.getInt("base_year"), byGroup,
						rs.getDouble("yearly_change"), rs.getDouble("fte_per_user"), rs.getInt("version"));
			})
			.list();
	}

	/** The community's figures for one service. */
	public ServiceRate get(long communityId, String service) {
		return all(communityId).stream()
			.filter(r -> r.service().equals(service))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("service", service));
	}

	/**
	 * Adds the community's figures for the service (version 0), or changes them if nobody saved
	 * since {@code rate.version()}; otherwise {@link OptimisticLockingFailureException}.
	 */
	@Transactional
	public ServiceRate save(Community community, SaveServiceRate rate) {
		access.requireCoordinator(community.slug());
		double[] perThousand = check(rate);
		int rows = jdbc.sql("""
				insert into service_rate (community_id, service, name, base_year, per_thousand, yearly_change, fte_per_user)
				values (:community, :service, :name, :baseYear, :perThousand, :change, :fte)
				on conflict (community_id, service) do update set name = excluded.name, base_year = excluded.base_year,
				    per_thousand = excluded.per_thousand, yearly_change = excluded.yearly_change,
				    fte_per_user = excluded.fte_per_user, version = service_rate.version + 1
				where service_rate.version = :version
				""")
			.param("community", community.id())
			.param("service", rate.service())
			.param("name", rate.name().strip())
			.param("baseYear", rate.baseYear())
			.param("perThousand", perThousand)
			.param("change", rate.yearlyChange())
			.param("fte", rate.fullTimeEquivalentsPerUser())
			.param("version", rate.version())
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("service rate " + rate.service() + " of " + community.slug()
					+ " was saved by someone else after version " + rate.version());
		}
		audit.record(community.slug(), "service-rate.saved", "service " + rate.service(), rate.toString());
		return get(community.id(), rate.service());
	}

	/** Every problem at once; the rates by age group in the order of {@link AgeGroup}. */
	private static double[] check(SaveServiceRate rate) {
		var problems = new ArrayList<FieldProblem>();
		if (rate.service() == null || !KEY.matcher(rate.service()).matches()) {
			problems.add(new FieldProblem("service", "insight.service.key", String.valueOf(rate.service())));
		}
		if (Text.isBlank(rate.name())) {
			problems.add(new FieldProblem("name", "validation.required"));
		}
		double[] perThousand = new double[AgeGroup.values().length];
		Map<String, Double> given = rate.usersPerThousand() == null ? Map.of() : rate.usersPerThousand();
		for (var entry : given.entrySet()) {
			try {
				AgeGroup group = AgeGroup.fromLabel(entry.getKey());
				double value = entry.getValue() == null ? 0 : entry.getValue();
				if (value < 0 || value > 1000) {
					problems.add(new FieldProblem("usersPerThousand", "insight.service.rate", entry.getKey(), value));
				}
				perThousand[group.ordinal()] = value;
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("usersPerThousand", "insight.service.ageGroup", entry.getKey()));
			}
		}
		if (rate.yearlyChange() <= -1 || rate.yearlyChange() > 1) {
			problems.add(new FieldProblem("yearlyChange", "insight.assumption.range", rate.yearlyChange()));
		}
		if (rate.fullTimeEquivalentsPerUser() < 0) {
			problems.add(new FieldProblem("fullTimeEquivalentsPerUser", "insight.assumption.range",
					rate.fullTimeEquivalentsPerUser()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return perThousand;
	}

	public double frailShare(long communityId) {
		return jdbc.sql("select frail_share from insight_setting where community_id = :community")
			.param("community", communityId)
			.query(Double.class)
			.optional()
			.orElse(SteeringIndicators.DEFAULT_FRAIL_SHARE);
	}

	@Transactional
	public void setFrailShare(Community community, double share) {
		access.requireCoordinator(community.slug());
		if (share < 0 || share > 1 || Double.isNaN(share)) {
			throw new InvalidInputException("frailShare", "insight.assumption.range", share);
		}
		jdbc.sql("""
				insert into insight_setting (community_id, frail_share) values (:community, :share)
				on conflict (community_id) do update set frail_share = excluded.frail_share
				""")
			.param("community", community.id())
			.param("share", share)
			.update();
		audit.record(community.slug(), "insight.frail-share.set", "insight settings", String.valueOf(share));
	}

	/** The engine's form of the community's rates. */
	List<DemandRate> forEngine(long communityId) {
		return all(communityId).stream().map(r -> {
			var byGroup = new java.util.EnumMap<AgeGroup, Double>(AgeGroup.class);
			r.usersPerThousand().forEach((label, value) -> byGroup.put(AgeGroup.fromLabel(label), value));
			return new DemandRate(r.service(), byGroup, r.baseYear(), r.yearlyChange(),
					r.fullTimeEquivalentsPerUser());
		}).toList();
	}

}
