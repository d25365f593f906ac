package no.samhald.placement.web;

import java.util.List;

import no.samhald.placement.PlaceOffer;
import no.samhald.placement.SaveOffer;
import no.samhald.platform.ChangedFields;
import no.samhald.platform.EditForm;

/** A municipality's offer of places as its contact types it. */
class OfferForm implements EditForm<PlaceOffer> {

	private Integer seats = 1;

	private String serviceSite;

	private String supervisor;

	private boolean housing;

	private boolean needsCar;

	private String notes;

	private int version;

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

	public Integer getSeats() { return seats; }
	public void setSeats(Integer seats) { this.seats = seats; }
	public String getServiceSite() { return serviceSite; }
	public void setServiceSite(String serviceSite) { this.serviceSite = serviceSite; }
	public String getSupervisor() { return supervisor; }
	public void setSupervisor(String supervisor) { this.supervisor = supervisor; }
	public boolean isHousing() { return housing; }
	public void setHousing(boolean housing) { this.housing = housing; }
	public boolean isNeedsCar() { return needsCar; }
	public void setNeedsCar(boolean needsCar) { this.needsCar = needsCar; }
	public String getNotes() { return notes; }
	public void setNotes(String notes) { this.notes = notes; }
	public int getVersion() { return version; }
	@Override
	public void setVersion(int version) { this.version = version; }

}
