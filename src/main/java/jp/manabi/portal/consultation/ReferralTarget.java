package jp.manabi.portal.consultation;

import java.util.Optional;

/**
 * Something a counselor may refer a resident to, implemented by the module that owns it (courses,
 * circles, later volunteer requests) as a small adapter bean. The outcome form offers exactly the
 * kinds that have a bean, so a module adds its kind without touching consultations.
 */
public interface ReferralTarget {

	/** What residents can be referred to. */
	enum Kind {
		COURSE, CIRCLE, VOLUNTEER_REQUEST
	}

	Kind kind();

	/** The title residents see, if the target exists and residents may see it now (published, listed). */
	Optional<String> publicTitle(long id);
}
