package no.samhald.funding;

import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samhald.partnership.Forums;
import no.samhald.partnership.Partners;
import no.samhald.platform.AuditLog;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.NotFoundException;

/** The grants of a community and their use; money is never spent beyond what was granted. */
@Service
public class Funding {

	private final GrantRepository grants;

	private final GrantUseRepository uses;

	private final Partners partners;

	private final Forums forums;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	Funding(GrantRepository grants, GrantUseRepository uses, Partners partners, Forums forums, AuditLog audit,
			JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.grants = grants;
		this.uses = uses;
		this.partners = partners;
		this.forums = forums;
		this.audit = audit;
	}

	public List<GrantAccount> accounts(long communityId) {
		return grants.findByCommunityIdOrderByYearDescTitleAsc(communityId).stream()
			.map(g -> new GrantAccount(g, uses.findByGrantIdOrderBySpentOn(g.id())))
			.toList();
	}

	public GrantAccount account(long communityId, long id) {
		Grant grant = grants.findByIdAndCommunityId(id, communityId).orElseThrow(() -> new NotFoundException("grant", id));
		return new GrantAccount(grant, uses.findByGrantIdOrderBySpentOn(id));
	}

	@Transactional
	public Grant register(long communityId, String communitySlug, GrantDetails d) {
		if (d.getRecipientPartnerId() != null) {
			partners.get(communityId, d.getRecipientPartnerId());
		}
		if (d.getReportingForumId() != null) {
			forums.get(communityId, d.getReportingForumId());
		}
		Grant saved = grants.save(new Grant(null, communityId, d.getTitle().strip(),
				Objects.requireNonNullElse(d.getSource(), "").strip(), d.getRecipientPartnerId(), d.getYear(), d.getAmount(),
				Objects.requireNonNullElse(d.getPurpose(), "").strip(), d.getReportingForumId(), 0));
		audit.record(communitySlug, "grant.registered", "grant " + saved.id(), saved.title() + ": " + saved.amount());
		return saved;
	}

	/** Records a use; refused if it would spend more than is left. The grant row is locked meanwhile. */
	@Transactional
	public GrantUse spend(long communityId, String communitySlug, long grantId, UseDetails d) {
		grants.findByIdAndCommunityId(grantId, communityId).orElseThrow(() -> new NotFoundException("grant", grantId));
		// The row lock makes a second use wait until this one is counted in the balance.
		jdbc.sql("select id from funding_grant where id = :id for update").param("id", grantId).query(Long.class).single();
		GrantAccount account = account(communityId, grantId);
		if (d.getAmount() > account.balance()) {
			throw new InvalidInputException("amount", "funding.use.exceeds", account.balance());
		}
		GrantUse saved = uses.save(new GrantUse(null, grantId, d.getSpentOn(), d.getDescription().strip(), d.getAmount()));
		audit.record(communitySlug, "grant.spent", "grant " + grantId, "use " + saved.id() + ": " + d.getAmount());
		return saved;
	}

}
