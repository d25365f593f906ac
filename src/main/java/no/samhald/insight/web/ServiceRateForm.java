package no.samhald.insight.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import no.samhald.insight.SaveServiceRate;
import no.samhald.insight.ServiceRate;
import no.samhald.insight.engine.AgeGroup;
import no.samhald.platform.EditForm;

/** What a coordinator types to change the community's figures for a service; one rate per age group, in order. */
class ServiceRateForm implements EditForm<ServiceRate> {

	public String service;

	@NotBlank
	@Size(max = 200)
	String name;

	int baseYear;

	List<Double> usersPerThousand = new ArrayList<>();

	double yearlyChange;

	double fullTimeEquivalentsPerUser;

	int version;

	static ServiceRateForm of(ServiceRate rate) {
		var form = new ServiceRateForm();
		form.service = rate.service();
		form.name = rate.name();
		form.baseYear = rate.baseYear();
		for (AgeGroup group : AgeGroup.values()) {
			form.usersPerThousand.add(rate.usersPerThousand().get(group.label()));
		}
		form.yearlyChange = rate.yearlyChange();
		form.fullTimeEquivalentsPerUser = rate.fullTimeEquivalentsPerUser();
		form.version = rate.version();
		return form;
	}

	SaveServiceRate toCommand() {
		var byGroup = new LinkedHashMap<String, Double>();
		for (AgeGroup group : AgeGroup.values()) {
			byGroup.put(group.label(), group.ordinal() < usersPerThousand.size() ? usersPerThousand.get(group.ordinal()) : null);
		}
		return new SaveServiceRate(service, name, baseYear, byGroup, yearlyChange, fullTimeEquivalentsPerUser, version);
	}

	@Override
	public List<String> fieldsChangedIn(ServiceRate stored) {
		return toCommand().fieldsChangedIn(stored);
	}

}
