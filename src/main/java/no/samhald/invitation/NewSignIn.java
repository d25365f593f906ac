package no.samhald.invitation;

/** What a person accepting an invitation types to get an account: a username, their name, and a password twice. */
public record NewSignIn(String username, String displayName, String password, String repeatPassword) {

	@Override
	public String toString() {
		return "NewSignIn[" + username + "]";
	}

}
