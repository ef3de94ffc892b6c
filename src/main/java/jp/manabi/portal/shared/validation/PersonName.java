package jp.manabi.portal.shared.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

/** A person's name: letters of any script, spaces and the few marks names use; no digits, markup or control characters. Null is valid: combine with {@code @NotBlank} where the field is required. */
@Documented
@Constraint(validatedBy = {})
@Target({ FIELD, PARAMETER, RECORD_COMPONENT })
@Retention(RUNTIME)
@Pattern(regexp = "[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{Zs}・･'’.\\-]*")
@ReportAsSingleViolation
public @interface PersonName {

	String message() default "{validation.personName}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};
}
