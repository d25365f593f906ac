package no.samhald.collection;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

import no.samhald.platform.Versioned;

/**
 * A collection (kartlegging): what is asked ({@code fields}, by position), of whom
 * ({@code partners}), for which period (e.g. {@code 2024} or {@code 2024-Q1}) and by when.
 */
public record DataCollection(@Id Long id, Long communityId, String title, String period, LocalDate deadline,
		CollectionStatus status, String createdBy,
		@MappedCollection(idColumn = "collection_id", keyColumn = "position") List<CollectionField> fields,
		@MappedCollection(idColumn = "collection_id") Set<AskedPartner> partners, @Version int version)
		implements Versioned {

	public boolean isOpen() {
		return status == CollectionStatus.OPEN;
	}

	public Set<Long> partnerIds() {
		return partners.stream().map(AskedPartner::partnerId).collect(Collectors.toUnmodifiableSet());
	}

	public boolean asks(long partnerId) {
		return partnerIds().contains(partnerId);
	}

	DataCollection closed(int expectedVersion) {
		return new DataCollection(id, communityId, title, period, deadline, CollectionStatus.CLOSED, createdBy, fields,
				partners, expectedVersion);
	}

}
