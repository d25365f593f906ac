package no.samhald.partnership;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samhald.platform.PartnerHierarchy;

/**
 * The partners' tree by {@code partner.parent_id}, walked in one recursive query each way;
 * {@code union} (not {@code union all}) ends the walk even if a cycle were ever stored.
 */
@Component
record PartnerTree(JdbcClient jdbc) implements PartnerHierarchy {

	@Override
	public Set<Long> selfAndBelow(Collection<Long> partnerIds) {
		if (partnerIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				with recursive below(id) as (
				    select id from partner where id in (:ids)
				    union
				    select p.id from partner p join below b on p.parent_id = b.id)
				select id from below
				""").param("ids", partnerIds).query(Long.class).list());
	}

	@Override
	public List<Long> selfAndAbove(long partnerId) {
		return jdbc.sql("""
				with recursive above(id, parent_id, depth) as (
				    select id, parent_id, 0 from partner where id = :id
				    union
				    select p.id, p.parent_id, a.depth + 1 from partner p join above a on p.id = a.parent_id
				    where a.depth < 20)
				select id from above order by depth
				""").param("id", partnerId).query(Long.class).list();
	}

}
