package jp.manabi.portal.circle;

import java.util.List;
import java.util.Optional;

/** The circle module's facade for other modules. */
public interface Circles {

	Optional<CircleSummary> find(long circleId);

	/** The circles the account leads or co-leads and that are not dissolved, by name. */
	List<CircleSummary> managedBy(long accountId);

	/** Whether the account is the leader or a co-leader of the circle. */
	boolean manages(long circleId, long accountId);

	/** The circle with exactly this name, if there is one (for demo data that names circles). */
	Optional<CircleSummary> findByName(String name);
}
