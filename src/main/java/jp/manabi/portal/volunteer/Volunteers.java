package jp.manabi.portal.volunteer;

import java.util.Optional;

/** The volunteer module's facade for other modules. */
public interface Volunteers {

	/** The account's volunteer profile id, if they registered as a volunteer (in any status). */
	Optional<Long> profileOf(long accountId);
}
