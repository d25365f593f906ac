package no.samhald.platform;

/**
 * A path (Ant-style pattern) where the public may send a form without signing in, such as the
 * registration for an event. Declared as a bean by the module that owns the path; CSRF
 * protection still applies.
 */
public record PublicWritePath(String pattern) {
}
