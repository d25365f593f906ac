package no.samhald.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A free text that can become public or be mailed may not carry a fødselsnummer or D-number
 * (see {@link IdentityNumbers}). Put it on every such field of a form or API body; the message
 * is {@code NoIdentityNumber} in the platform bundle.
 */
@Documented
@Constraint(validatedBy = NoIdentityNumber.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface NoIdentityNumber {

	String message() default "{no.samhald.platform.NoIdentityNumber.message}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<NoIdentityNumber, CharSequence> {

		@Override
		public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
			return value == null || !IdentityNumbers.containsOne(value.toString());
		}

	}

}
