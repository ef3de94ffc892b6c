package jp.manabi.portal.circle.web;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import jp.manabi.portal.account.CurrentUser;
import jp.manabi.portal.account.Role;
import jp.manabi.portal.circle.domain.CircleRegistrationImages;
import jp.manabi.portal.circle.domain.CircleRegistrationService;

/**
 * A circle's picture. Only ever bytes the server re-encoded itself, with their own type and
 * nosniff, so no upload can turn into a page. Pictures of circles not listed are seen only by
 * their leaders and staff; to everyone else they do not exist.
 */
@RestController
class CircleImageController {

	private final CircleRegistrationImages images;
	private final CircleRegistrationService registrations;

	CircleImageController(CircleRegistrationImages images, CircleRegistrationService registrations) {
		this.images = images;
		this.registrations = registrations;
	}

	@GetMapping("/circles/images/{imageId}")
	ResponseEntity<byte[]> image(@PathVariable long imageId, @AuthenticationPrincipal CurrentUser user) {
		boolean staff = user != null && (user.hasRole(Role.STAFF) || user.hasRole(Role.ADMIN));
		var viewable = images.viewable(imageId, user == null ? null : user.accountId(), staff, registrations.today());
		if (viewable.isEmpty()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
		}
		var image = viewable.get().image();
		boolean png = "image/png".equals(image.getContentType());
		String fileName = "circle-" + viewable.get().circleId() + (png ? ".png" : ".jpg");
		// Private: a picture stops being public when its circle lapses or is suspended.
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.getContentType()))
				.header("X-Content-Type-Options", "nosniff")
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
				.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
				.body(image.getContent());
	}
}
