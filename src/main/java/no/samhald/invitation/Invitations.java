package no.samhald.invitation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import no.samhald.community.Communities;
import no.samhald.community.Community;
import no.samhald.platform.SecretTokens;
import no.samhald.platform.Access;
import no.samhald.platform.AccountCreation;
import no.samhald.platform.AccountCreation.CommunityAccount;
import no.samhald.platform.AccountCreation.ExistingAccount;
import no.samhald.platform.AccountCreation.NewAccount;
import no.samhald.platform.AccountLinks;
import no.samhald.platform.AuditLog;
import no.samhald.platform.ConflictException;
import no.samhald.platform.InvalidInputException;
import no.samhald.platform.InvalidInputException.FieldProblem;
import no.samhald.platform.NotFoundException;
import no.samhald.platform.SignedInUser.Role;

/**
 * Invitations of a community: a coordinator invites, lists the pending ones and revokes them;
 * the invited person accepts once, within 14 days, with a new account or the existing account
 * of their e-mail, and then holds the invited roles. Every step is in the change log, with ids
 * and roles only (never the name or e-mail typed).
 */
@Service
public class Invitations {

	static final Duration VALIDITY = Duration.ofDays(14);

	static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9._-]{3,60}");

	private final InvitationRepository invitations;

	private final InvitationMail mail;

	private final RoleScopes scopes;

	private final Communities communities;

	private final AccountCreation accounts;

	private final AccountLinks accountLinks;

	private final AuditLog audit;

	private final Access access;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Invitations(InvitationRepository invitations, InvitationMail mail, RoleScopes scopes, Communities communities,
			AccountCreation accounts, AccountLinks accountLinks, AuditLog audit, Access access,
			TransactionTemplate transactions, Clock clock) {
		this.invitations = invitations;
		this.mail = mail;
		this.scopes = scopes;
		this.communities = communities;
		this.accounts = accounts;
		this.accountLinks = accountLinks;
		this.audit = audit;
		this.access = access;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Saves the invitation and mails the link; only the coordinators of the community may. */
	@Transactional
	public Invitation invite(Community community, Invite invite) {
		access.requireCoordinator(community.slug());
		check(community, invite);
		String token = SecretTokens.newToken();
		Instant now = clock.instant();
		long id = invitations.insert(community.slug(), invite, SecretTokens.hash(token), access.currentUsername(), now,
				now.plus(VALIDITY));
		Invitation saved = invitations.byId(community.slug(), id).orElseThrow();
		audit.record(community.slug(), "invitation.sent", "invitation " + id, saved.rolesForLog());
		mail.send(community, saved, token);
		return saved;
	}

	private void check(Community community, Invite invite) {
		var problems = new ArrayList<FieldProblem>();
		if (invite.baseRole() != Role.MEMBER && invite.baseRole() != Role.COORDINATOR) {
			problems.add(new FieldProblem("baseRole", "invitation.baseRole.invalid"));
		}
		for (InvitedRole role : invite.scopedRoles()) {
			if (scopes.name(community, role.role(), role.scopeId()).isEmpty()) {
				problems.add(new FieldProblem(InvitationFields.scopeField(role.role()), "invitation.scope.unknown"));
			}
		}
		accounts.withEmail(invite.email())
			.filter(account -> !community.slug().equals(account.communitySlug()))
			.ifPresent(account -> problems.add(new FieldProblem("email", "invitation.email.otherCommunity")));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	/** The invitations neither accepted, revoked nor expired, soonest to expire first. */
	public List<Invitation> pending(Community community) {
		access.requireCoordinator(community.slug());
		return invitations.pending(community.slug(), clock.instant());
	}

	/** Revokes a pending invitation: its link no longer works. */
	@Transactional
	public void revoke(Community community, long id) {
		access.requireCoordinator(community.slug());
		invitations.byId(community.slug(), id).orElseThrow(() -> new NotFoundException("invitation", id));
		if (!invitations.markRevoked(id, clock.instant())) {
			throw new ConflictException("invitation.notPending", "invitation " + id);
		}
		audit.record(community.slug(), "invitation.revoked", "invitation " + id, "");
	}

	/** The pending invitation of the link; anyone holding the link may see it. */
	public Invitation open(String token) {
		Invitation invitation = invitations.byTokenHash(SecretTokens.hash(token))
			.orElseThrow(() -> new InvitationUnusableException(null));
		InvitationState state = invitation.stateAt(clock.instant());
		if (state != InvitationState.PENDING) {
			throw new InvitationUnusableException(state);
		}
		return invitation;
	}

	/** The account that already has the invited e-mail, to which accepting adds the roles. */
	public Optional<ExistingAccount> existingAccount(Invitation invitation) {
		return accounts.withEmail(invitation.email());
	}

	/** Accepts with a new account of the invited e-mail; returns its username. */
	@Transactional
	public String acceptWithNewAccount(String token, NewSignIn signIn) {
		Invitation invitation = open(token);
		if (existingAccount(invitation).isPresent()) {
			throw new InvalidInputException(null, "invitation.accountExists");
		}
		checkNewSignIn(signIn);
		use(invitation, signIn.username());
		if (!accounts.create(new NewAccount(signIn.username(), signIn.password(), signIn.displayName(),
				invitation.email(), invitation.baseRole(), invitation.communitySlug()))) {
			// Taken between the check and now: the rollback gives the invitation back.
			throw new InvalidInputException("username", "account.username.taken");
		}
		grantScopedRoles(invitation, signIn.username());
		return signIn.username();
	}

	private void checkNewSignIn(NewSignIn signIn) {
		var problems = new ArrayList<FieldProblem>();
		if (signIn.username() == null || !USERNAME.matcher(signIn.username()).matches()) {
			problems.add(new FieldProblem("username", "account.username.format"));
		}
		else if (accounts.usernameTaken(signIn.username())) {
			problems.add(new FieldProblem("username", "account.username.taken"));
		}
		accounts.passwordProblems(signIn.password()).forEach(key -> problems.add(new FieldProblem("password", key)));
		if (signIn.password() != null && !signIn.password().equals(signIn.repeatPassword())) {
			problems.add(new FieldProblem("repeatPassword", "account.password.mismatch"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	/**
	 * Accepts for the existing account of the invited e-mail once its password is given; a wrong
	 * password counts as a failed sign-in (outside the acceptance, so that it stays counted).
	 * Returns the username.
	 */
	public String acceptWithExistingAccount(String token, String password, String address) {
		Invitation invitation = open(token);
		ExistingAccount account = existingAccount(invitation)
			.orElseThrow(() -> new InvalidInputException(null, "invitation.noAccount"));
		if (!invitation.communitySlug().equals(account.communitySlug())) {
			throw new InvalidInputException(null, "invitation.email.otherCommunity");
		}
		if (!accounts.checkPassword(account.username(), password, address)) {
			throw new InvalidInputException("existingPassword", "invitation.password.wrong");
		}
		return transactions.execute(tx -> {
			addRolesTo(account, open(token));
			return account.username();
		});
	}

	/**
	 * Accepts for a person signed in with a provider: the account of the invited e-mail, else of
	 * the provider's verified e-mail, else a new one (its password random and never told: the
	 * person signs in with the provider). Empty when the link is unusable or the account found
	 * belongs to another community.
	 */
	@Transactional
	public Optional<String> acceptForProvider(String token, String verifiedEmail, String displayName) {
		Invitation invitation;
		try {
			invitation = open(token);
		}
		catch (InvitationUnusableException ex) {
			return Optional.empty();
		}
		Optional<ExistingAccount> existing = existingAccount(invitation)
			.or(() -> verifiedEmail == null || verifiedEmail.isBlank() ? Optional.empty() : accounts.withEmail(verifiedEmail));
		if (existing.isPresent()) {
			if (!invitation.communitySlug().equals(existing.get().communitySlug())) {
				return Optional.empty();
			}
			addRolesTo(existing.get(), invitation);
			return Optional.of(existing.get().username());
		}
		String email = verifiedEmail == null || verifiedEmail.isBlank() ? invitation.email() : verifiedEmail;
		String name = displayName == null || displayName.isBlank() ? invitation.name() : displayName;
		String username = freeUsernameFor(email);
		use(invitation, username);
		accounts.create(new NewAccount(username, SecretTokens.newToken(), name, email, invitation.baseRole(),
				invitation.communitySlug()));
		grantScopedRoles(invitation, username);
		return Optional.of(username);
	}

	private void addRolesTo(ExistingAccount account, Invitation invitation) {
		if (!invitation.communitySlug().equals(account.communitySlug())) {
			throw new InvalidInputException(null, "invitation.email.otherCommunity");
		}
		use(invitation, account.username());
		if (invitation.baseRole() == Role.COORDINATOR) {
			accounts.makeCoordinator(account.username(), invitation.communitySlug());
		}
		grantScopedRoles(invitation, account.username());
	}

	/** Marks the invitation used, once: a second acceptance, even a parallel one, finds it used. */
	private void use(Invitation invitation, String username) {
		if (!invitations.markAccepted(invitation.id(), username, clock.instant())) {
			throw new InvitationUnusableException(InvitationState.ACCEPTED);
		}
		audit.record(invitation.communitySlug(), "invitation.accepted", "invitation " + invitation.id(),
				"account " + username);
	}

	private void grantScopedRoles(Invitation invitation, String username) {
		invitation.scopedRoles()
			.forEach(role -> accountLinks.grant(username, role.role(), invitation.communitySlug(), role.scopeId()));
	}

	/** The e-mail's local part as a username, with a number added while it is taken. */
	private String freeUsernameFor(String email) {
		String base = email.substring(0, Math.max(0, email.indexOf('@'))).replaceAll("[^a-zA-Z0-9._-]", "").toLowerCase();
		if (base.length() < 3) {
			base = "person" + base;
		}
		base = base.substring(0, Math.min(base.length(), 50));
		String candidate = base;
		for (int n = 2; accounts.usernameTaken(candidate); n++) {
			candidate = base + n;
		}
		return candidate;
	}

	/** The community's accounts with their scoped roles there, for its coordinators. */
	public List<CommunityAccount> accounts(Community community) {
		access.requireCoordinator(community.slug());
		return accounts.ofCommunity(community.slug());
	}

	/** Takes a scoped role from an account of the community; the person's sessions end. */
	public void revokeRole(Community community, String username, Role role, long scopeId) {
		access.requireCoordinator(community.slug());
		if (role == null || !role.isScoped()) {
			throw new InvalidInputException(null, "invitation.role.notScoped");
		}
		if (!accountLinks.revoke(username, role, community.slug(), scopeId)) {
			throw new ConflictException("invitation.role.alreadyRevoked", "account " + username);
		}
	}

	/** The community the invitation is to. */
	public Community communityOf(Invitation invitation) {
		return communities.bySlug(invitation.communitySlug());
	}

	public String communityNameOf(Invitation invitation) {
		return communityOf(invitation).name();
	}

}
