package no.samhald.insight.scenario;

import java.util.LinkedHashMap;
import java.util.Map;

import no.samhald.insight.ProjectionMethod;

/**
 * The scenario page's choices, as query parameters (a choice is a link one can share) and, with a
 * name, as the save form's fields. Empty fields take the named scenario's values.
 */
public class ScenarioForm {

	private String area;

	private String method = ProjectionMethod.COHORT_COMPONENT.code();

	private String scenario = "medium";

	private Double totalFertility;

	private Double lifeExpectancyMale;

	private Double lifeExpectancyFemale;

	private Double netMigrationPerYear;

	private Integer changeYear;

	private Integer to;

	private String name;

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

	public String getArea() { return area; }
	public void setArea(String area) { this.area = area; }
	public String getMethod() { return method; }
	public void setMethod(String method) { this.method = method; }
	public String getScenario() { return scenario; }
	public void setScenario(String scenario) { this.scenario = scenario; }
	public Double getTotalFertility() { return totalFertility; }
	public void setTotalFertility(Double totalFertility) { this.totalFertility = totalFertility; }
	public Double getLifeExpectancyMale() { return lifeExpectancyMale; }
	public void setLifeExpectancyMale(Double lifeExpectancyMale) { this.lifeExpectancyMale = lifeExpectancyMale; }
	public Double getLifeExpectancyFemale() { return lifeExpectancyFemale; }
	public void setLifeExpectancyFemale(Double lifeExpectancyFemale) { this.lifeExpectancyFemale = lifeExpectancyFemale; }
	public Double getNetMigrationPerYear() { return netMigrationPerYear; }
	public void setNetMigrationPerYear(Double netMigrationPerYear) { this.netMigrationPerYear = netMigrationPerYear; }
	public Integer getChangeYear() { return changeYear; }
	public void setChangeYear(Integer changeYear) { this.changeYear = changeYear; }
	public Integer getTo() { return to; }
	public void setTo(Integer to) { this.to = to; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }

}
