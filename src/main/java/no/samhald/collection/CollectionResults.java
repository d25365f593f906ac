package no.samhald.collection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import no.samhald.partnership.Partner;
import no.samhald.partnership.Partners;
import no.samhald.partnership.Region;

/**
 * The public results of a collection, from submitted answers only (drafts count nowhere), with
 * small counts of sensitive fields suppressed ({@link FieldResults}).
 */
@Service
public class CollectionResults {

	private final Collections collections;

	private final Partners partners;

	CollectionResults(Collections collections, Partners partners) {
		this.collections = collections;
		this.partners = partners;
	}

	public CollectionResult of(long communityId, long collectionId) {
		DataCollection collection = collections.get(communityId, collectionId);
		List<FieldResults.Asked> asked = partners.all(communityId).stream()
			.filter(p -> collection.asks(p.id()))
			.map(p -> new FieldResults.Asked(p.id(), p.name(), p.isMunicipality() ? p.regionId() : null))
			.toList();
		Map<Long, String> regionNames = new java.util.LinkedHashMap<>();
		partners.regions(communityId).forEach(r -> regionNames.put(r.id(), r.name()));
		Map<Long, Answer> submitted = collections.submitted(collectionId).stream()
			.collect(Collectors.toMap(Answer::partnerId, a -> a));
		var fields = new ArrayList<FieldResult>();
		for (int i = 0; i < collection.fields().size(); i++) {
			fields.add(FieldResults.of(i, collection.fields().get(i), asked, regionNames, submitted));
		}
		return new CollectionResult(collection, List.copyOf(fields), submitted.size(), collection.partners().size());
	}

	/** Names of the community's regions by id. */
	public Map<Long, String> regionNames(long communityId) {
		return partners.regions(communityId).stream().collect(Collectors.toMap(Region::id, Region::name));
	}

	/** Names of the community's partners by id. */
	public Map<Long, String> partnerNames(long communityId) {
		return partners.all(communityId).stream().collect(Collectors.toMap(Partner::id, Partner::name));
	}

}
