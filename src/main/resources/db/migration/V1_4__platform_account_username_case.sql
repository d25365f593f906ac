-- platform: user names are unique regardless of case, since sign-in looks them up with lower();
-- two accounts "medlem" and "Medlem" would make it unclear whose password is checked.
-- (Fails if such duplicates already exist: they must be renamed by hand first.)
create unique index account_username_lower on account (lower(username));
