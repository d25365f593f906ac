package no.samhald.collection;

import org.springframework.data.relational.core.mapping.Table;

/** A partner asked to answer a collection. */
@Table("collection_partner")
public record AskedPartner(Long partnerId) {
}
