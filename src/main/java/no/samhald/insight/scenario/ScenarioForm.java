package no.samhald.insight.scenario;

import java.util.LinkedHashMap;
import java.util.Map;

import no.samhald.insight.ProjectionMethod;

/**
 * The scenario page's choices, as query parameters (a choice is a link one can share) and, with a
 * name, as the save form's fields. Empty fields take the named scenario's values.
 */
public class ScenarioForm {

	public String area;

	public String method = ProjectionMethod.COHORT_COMPONENT.code();

	public String scenario = "medium";

	public Double totalFertility;

	public Double lifeExpectancyMale;

	public Double lifeExpectancyFemale;

	public Double netMigrationPerYear;

	public Integer changeYear;

	public Integer to;

	public String name;

	static ScenarioForm of(ScenarioParameters p) {
		var form = new ScenarioForm();
		form.area = p.area();
		form.method = p.method();
		form.scenario = p.scenario();
		form.totalFertility = p.totalFertility();
		form.lifeExpectancyMale = p.lifeExpectancyMale();
		form.lifeExpectancyFemale = p.lifeExpectancyFemale();
		form.netMigrationPerYear = p.netMigrationPerYear();
		form.changeYear = p.changeYear();
		form.to = p.to();
		return form;
	}

	ScenarioParameters parameters() {
		return new ScenarioParameters(area, method, null, to, null, scenario, totalFertility, lifeExpectancyMale,
				lifeExpectancyFemale, netMigrationPerYear, changeYear);
	}

	/** The choices as query parameters, for the link back to trying this scenario. */
	Map<String, Object> query() {
		var query = new LinkedHashMap<String, Object>();
		query.put("area", area);
		query.put("method", method);
		query.put("scenario", scenario);
		query.put("totalFertility", totalFertility);
		query.put("lifeExpectancyMale", lifeExpectancyMale);
		query.put("lifeExpectancyFemale", lifeExpectancyFemale);
		query.put("netMigrationPerYear", netMigrationPerYear);
		query.put("changeYear", changeYear);
		query.put("to", to);
		query.values().removeIf(java.util.Objects::isNull);
		return query;
	}

}
