/**
 * Platform: layout, security, i18n, error pages and audit. No business rules.
 * <p>
 * Its root package is what other modules may use: the typed exceptions that the error pages
 * map ({@link no.samhald.platform.NotFoundException} → 404, {@link no.samhald.platform.ConflictException} → 409,
 * {@link no.samhald.platform.InvalidInputException} → 400), {@link no.samhald.platform.Access} for "may the
 * signed-in person coordinate this community", and {@link no.samhald.platform.AuditLog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = {})
package no.samhald.platform;
