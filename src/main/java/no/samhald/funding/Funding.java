package no.samhald.funding;

import java.util.List;
import java.util.Objects;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.community.Community;
import no.samhald.partnership.Forums;
import no.samhald.partnership.Partners;
import no.samhald.platform.Access;
import no.samhald.platform.AuditLog;
import no.samhald.platform.ConflictException;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.NotFoundException;

/**
 * The grants of a community and their use; money is never spent beyond what was granted. A
 * coordinator of the community registers, corrects and removes grants and uses; a grant with
 * recorded uses cannot be removed (its uses are removed first, one by one, each in the change log).
 */
@Service
public class Funding {

	private final GrantRepository grants;

	private final GrantUseRepository uses;

	private final Partners partners;

	private final Forums forums;

	private final AuditLog audit;

	private final Access access;

	private final JdbcClient jdbc;

	Funding(GrantRepository grants, GrantUseRepository uses, Partners partners, Forums forums, AuditLog audit,
			Access access, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.grants = grants;
		this.uses = uses;
		this.partners = partners;
		this.forums = forums;
		this.audit = audit;
		this.access = access;
	}

	public List<GrantAccount> accounts(long communityId) {
		return grants.findByCommunityIdOrderByYearDescTitleAsc(communityId).stream()
			.map(g -> new GrantAccount(g, uses.findByGrantIdOrderBySpentOn(g.id())))
			.toList();
	}

	public GrantAccount account(long communityId, long id) {
		return new GrantAccount(grant(communityId, id), uses.findByGrantIdOrderBySpentOn(id));
	}

	public GrantUse use(long communityId, long grantId, long useId) {
		grant(communityId, grantId);
		return uses.findByIdAndGrantId(useId, grantId).orElseThrow(() -> new NotFoundException("grant use", useId));
	}

	@Transactional
	public Grant register(Community community, SaveGrant grant) {
		access.requireCoordinator(community.slug());
		checkReferences(community.id(), grant);
		Grant saved = grants.save(toGrant(null, community.id(), grant, 0));
		audit.record(community.slug(), "grant.registered", "grant " + saved.id(), saved.title() + ": " + saved.amount());
		return saved;
	}

	/**
	 * Corrects a grant unless someone else saved it since {@code grant.version()} (then
	 * OptimisticLockingFailureException); the amount cannot fall below what has been spent.
	 */
	@Transactional
	public Grant update(Community community, long id, SaveGrant grant) {
		access.requireCoordinator(community.slug());
		GrantAccount current = lockedAccount(community.id(), id);
		checkReferences(community.id(), grant);
		if (grant.amount() < current.spent()) {
			throw new InvalidInputException("amount", "funding.grant.belowSpent", current.spent());
		}
		Grant saved = grants.save(toGrant(id, community.id(), grant, grant.version()));
		audit.record(community.slug(), "grant.updated", "grant " + id,
				String.join(", ", grant.fieldsChangedIn(current.grant())));
		return saved;
	}

	/** Removes a grant that has no recorded uses, unless someone else changed it since {@code version}. */
	@Transactional
	public void remove(Community community, long id, int version) {
		access.requireCoordinator(community.slug());
		GrantAccount account = lockedAccount(community.id(), id);
		requireVersion(account.grant().version(), version, "grant " + id);
		if (!account.uses().isEmpty()) {
			throw new ConflictException("funding.grant.hasUses", "grant " + id + " has " + account.uses().size() + " uses");
		}
		grants.delete(account.grant());
		audit.record(community.slug(), "grant.removed", "grant " + id,
				account.grant().title() + ": " + account.grant().amount());
	}

	/** Records a use; refused if it would spend more than is left. The grant row is locked meanwhile. */
	@Transactional
	public GrantUse spend(Community community, long grantId, SaveUse use) {
		access.requireCoordinator(community.slug());
		GrantAccount account = lockedAccount(community.id(), grantId);
		requireWithin(account.balance(), use);
		GrantUse saved = uses.save(new GrantUse(null, grantId, use.spentOn(), use.description().strip(), use.amount(), 0));
		audit.record(community.slug(), "grant.spent", "grant " + grantId, "use " + saved.id() + ": " + use.amount());
		return saved;
	}

	/** Corrects a use over {@code use.version()}; the corrected amount must fit in what is left with the old one given back. */
	@Transactional
	public GrantUse correctUse(Community community, long grantId, long useId, SaveUse use) {
		access.requireCoordinator(community.slug());
		GrantAccount account = lockedAccount(community.id(), grantId);
		GrantUse current = use(community.id(), grantId, useId);
		requireWithin(account.balance() + current.amount(), use);
		GrantUse saved = uses.save(new GrantUse(useId, grantId, use.spentOn(), use.description().strip(), use.amount(),
				use.version()));
		audit.record(community.slug(), "grant.use.corrected", "grant " + grantId,
				"use " + useId + ": " + String.join(", ", use.fieldsChangedIn(current)));
		return saved;
	}

	/** Removes a use, unless someone else changed it since {@code version}; its money is back in the balance. */
	@Transactional
	public void removeUse(Community community, long grantId, long useId, int version) {
		access.requireCoordinator(community.slug());
		lockedAccount(community.id(), grantId);
		GrantUse current = use(community.id(), grantId, useId);
		requireVersion(current.version(), version, "grant use " + useId);
		uses.delete(current);
		audit.record(community.slug(), "grant.use.removed", "grant " + grantId,
				"use " + useId + ": " + current.amount());
	}

	private Grant grant(long communityId, long id) {
		return grants.findByIdAndCommunityId(id, communityId).orElseThrow(() -> new NotFoundException("grant", id));
	}

	/** The grant's account, with its row locked so that a second change waits until this one is counted. */
	private GrantAccount lockedAccount(long communityId, long grantId) {
		grant(communityId, grantId);
		jdbc.sql("select id from funding_grant where id = :id for update").param("id", grantId).query(Long.class).single();
		return account(communityId, grantId);
	}

	private static void requireWithin(long available, SaveUse use) {
		if (use.amount() > available) {
			throw new InvalidInputException("amount", "funding.use.exceeds", available);
		}
	}

	/** A removal, like a save, is refused when what the person saw is no longer what is stored. */
	private static void requireVersion(int stored, int seen, String what) {
		if (stored != seen) {
			throw new OptimisticLockingFailureException(what + " is at version " + stored + ", not " + seen);
		}
	}

	private void checkReferences(long communityId, SaveGrant grant) {
		if (grant.recipientPartnerId() != null) {
			partners.get(communityId, grant.recipientPartnerId());
		}
		if (grant.reportingForumId() != null) {
			forums.get(communityId, grant.reportingForumId());
		}
	}

	private static Grant toGrant(Long id, long communityId, SaveGrant d, int version) {
		return new Grant(id, communityId, d.title().strip(), Objects.requireNonNullElse(d.source(), "").strip(),
				d.recipientPartnerId(), d.year(), d.amount(), Objects.requireNonNullElse(d.purpose(), "").strip(),
				d.reportingForumId(), version);
	}

}
