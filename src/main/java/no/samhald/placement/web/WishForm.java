package no.samhald.placement.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.samhald.placement.DoctorWishes;
import no.samhald.placement.Lis1Doctor;
import no.samhald.placement.SaveWishes;
import no.samhald.platform.ChangedFields;
import no.samhald.platform.EditForm;

/**
 * A doctor's wishes as typed: a rank box per place ({@code ranks[offerId]}), blank for a place not
 * ranked. What is not a number is passed on as it cannot be valid, so the service refuses it with
 * its message and the form comes back as typed.
 */
class WishForm implements EditForm<Lis1Doctor> {

	public Map<String, String> ranks = new LinkedHashMap<>();

	boolean cannotDrive;

	String togetherWith;

	int version;

	static WishForm of(DoctorWishes wishes) {
		var form = new WishForm();
		wishes.ranks().forEach((offer, rank) -> form.ranks.put(offer.toString(), rank.toString()));
		form.cannotDrive = wishes.doctor().cannotDrive();
		form.togetherWith = wishes.doctor().togetherWith();
		form.version = wishes.doctor().version();
		return form;
	}

	SaveWishes toCommand() {
		Map<Long, Integer> parsed = new LinkedHashMap<>();
		ranks.forEach((offer, rank) -> {
			if (rank != null && !rank.isBlank()) {
				parsed.put(number(offer, -1L), number(rank.strip(), 0L).intValue());
			}
		});
		return new SaveWishes(parsed, cannotDrive, togetherWith, version);
	}

	private static Long number(String text, long invalid) {
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return invalid;
		}
	}

	@Override
	public List<String> fieldsChangedIn(Lis1Doctor stored) {
		return new ChangedFields().compare("cannotDrive", cannotDrive, stored.cannotDrive())
			.compare("togetherWith", togetherWith, stored.togetherWith())
			.list();
	}

}
