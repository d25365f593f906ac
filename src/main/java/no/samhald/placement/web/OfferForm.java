package no.samhald.placement.web;

import java.util.List;

import no.samhald.placement.PlaceOffer;
import no.samhald.placement.SaveOffer;
import no.samhald.platform.ChangedFields;
import no.samhald.platform.EditForm;

/** A municipality's offer of places as its contact types it. */
class OfferForm implements EditForm<PlaceOffer> {

	Integer seats = 1;

	String serviceSite;

	String supervisor;

	boolean housing;

	boolean needsCar;

	String notes;

	int version;

	static OfferForm of(PlaceOffer offer) {
		var form = new OfferForm();
		form.seats = offer.seats();
		form.serviceSite = offer.serviceSite();
		form.supervisor = offer.supervisor();
		form.housing = offer.housing();
		form.needsCar = offer.needsCar();
		form.notes = offer.notes();
		form.version = offer.version();
		return form;
	}

	SaveOffer toCommand() {
		return new SaveOffer(seats, serviceSite, supervisor, housing, needsCar, notes, version);
	}

	@Override
	public List<String> fieldsChangedIn(PlaceOffer stored) {
		return ChangedFields.between(toCommand(), stored);
	}

}
