package no.samhald.notification.web;

import java.util.EnumMap;
import java.util.Map;

import no.samhald.notification.Delivery;
import no.samhald.notification.MailKind;

/** The person's choice per kind of mail, as the page sends it ({@code choices[DEVIATION_REPORTED]=DAILY}). */
class PreferencesForm {

	private Map<MailKind, Delivery> choices = new EnumMap<>(MailKind.class);

	public Map<MailKind, Delivery> getChoices() {
		return choices;
	}

	public void setChoices(Map<MailKind, Delivery> choices) {
		this.choices = choices;
	}

}
