package jp.manabi.portal.volunteer.domain;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.volunteer.Volunteers;

@Service
@Transactional(readOnly = true)
class VolunteerDirectory implements Volunteers {

	private final VolunteerProfileRepository profiles;

	VolunteerDirectory(VolunteerProfileRepository profiles) {
		this.profiles = profiles;
	}

	@Override
	public Optional<Long> profileOf(long accountId) {
		return profiles.findByAccountId(accountId).map(VolunteerProfile::getId);
	}
}
