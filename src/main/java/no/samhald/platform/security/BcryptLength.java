package no.samhald.platform.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A password bcrypt can hash: at most 72 bytes in UTF-8. Longer ones make the encoder throw (a
 * server error), and bcrypt would ignore the rest anyway; æ, ø and å take two bytes each.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = BcryptLength.Validator.class)
@interface BcryptLength {

	int MAX_BYTES = 72;

	String message() default "{account.password.tooLong}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<BcryptLength, String> {

		@Override
		public boolean isValid(String password, ConstraintValidatorContext context) {
			return password == null || password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
		}

	}

}
