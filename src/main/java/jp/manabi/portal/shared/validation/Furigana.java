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

/** Furigana: hiragana or katakana only, so staff can read and sort names. Null is valid: combine with {@code @NotBlank} where the field is required. */
@Documented
@Constraint(validatedBy = {})
@Target({ FIELD, PARAMETER, RECORD_COMPONENT })
@Retention(RUNTIME)
@Pattern(regexp = "[\\p{IsHiragana}\\p{IsKatakana}ーｰ・･\\p{Zs}]+")
@ReportAsSingleViolation
public @interface Furigana {

	String message() default "{validation.furigana}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};
}
