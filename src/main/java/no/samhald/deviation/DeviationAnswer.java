package no.samhald.deviation;

import java.util.List;

import no.samhald.platform.ChangedFields;

/**
 * The receiver's answer to a report and the improvement measure it leads to, with the version
 * of the report the person saw, so that two coordinators cannot overwrite each other unseen.
 */
public class DeviationAnswer {

	private String answer;

	private String improvementMeasure;

	private int version;

	public static DeviationAnswer of(Deviation deviation) {
		var form = new DeviationAnswer();
		form.answer = deviation.answer();
		form.improvementMeasure = deviation.improvementMeasure();
		form.version = deviation.version();
		return form;
	}

	/** The fields in which the stored report differs from what this person saw and typed. */
	public List<String> fieldsChangedIn(Deviation stored) {
		return new ChangedFields().compare("answer", answer, stored.answer())
			.compare("improvementMeasure", improvementMeasure, stored.improvementMeasure())
			.list();
	}

	public String getAnswer() { return answer; }
	public void setAnswer(String answer) { this.answer = answer; }
	public String getImprovementMeasure() { return improvementMeasure; }
	public void setImprovementMeasure(String improvementMeasure) { this.improvementMeasure = improvementMeasure; }
	public int getVersion() { return version; }
	public void setVersion(int version) { this.version = version; }

}
