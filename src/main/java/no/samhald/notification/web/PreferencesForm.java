package no.samhald.notification.web;

import java.util.EnumMap;
import java.util.Map;

import no.samhald.notification.Delivery;
import no.samhald.notification.MailKind;

/** The person's choice per kind of mail, as the page sends it ({@code choices[DEVIATION_REPORTED]=DAILY}). */
class PreferencesForm {

	Map<MailKind, Delivery> choices = new EnumMap<>(MailKind.class);

}
