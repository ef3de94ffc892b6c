package jp.manabi.portal.volunteer.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.audit.AuditAction;
import jp.manabi.portal.audit.AuditLog;

/**
 * The skills tree staff keep at /admin/volunteers/skills: groups with the skills under them.
 * Skills are never deleted (profiles and requests point at them); an archived one is no longer
 * offered on forms but stays where it was chosen.
 */
@Service
@Transactional
public class SkillTree {

	static final String SUBJECT = "volunteer-skill";

	/** Lower-case letters, digits and hyphens, as the seeded codes (english, guest-teacher). */
	public static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

	private final SkillRepository skills;
	private final AuditLog audit;

	SkillTree(SkillRepository skills, AuditLog audit) {
		this.skills = skills;
		this.audit = audit;
	}

	/** A group and the skills under it, in order. */
	public record Group(Skill group, List<Skill> skills) {
	}

	/** The whole tree, archived parts included (for staff). */
	@Transactional(readOnly = true)
	public List<Group> all() {
		return grouped(skills.findTree(), false);
	}

	/** What forms offer: groups and skills that are not archived; empty groups left out. */
	@Transactional(readOnly = true)
	public List<Group> offered() {
		return grouped(skills.findTree(), true).stream().filter(g -> !g.skills().isEmpty()).toList();
	}

	/** Every skill (not group) by id, archived ones too, for showing what a profile holds. */
	@Transactional(readOnly = true)
	public Map<Long, Skill> byId() {
		var map = new LinkedHashMap<Long, Skill>();
		skills.findTree().forEach(s -> map.put(s.getId(), s));
		return map;
	}

	@Transactional(readOnly = true)
	public Optional<Skill> find(long id) {
		// Through the tree query, so the parent is loaded for pages rendered after the transaction.
		return skills.findTree().stream().filter(s -> s.getId() == id).findFirst();
	}

	static List<Group> grouped(List<Skill> tree, boolean offeredOnly) {
		var groups = new LinkedHashMap<Long, Group>();
		for (var skill : tree) {
			if (skill.isGroup() && !(offeredOnly && skill.isArchived())) {
				groups.put(skill.getId(), new Group(skill, new ArrayList<>()));
			}
		}
		for (var skill : tree) {
			if (!skill.isGroup() && !(offeredOnly && skill.isArchived())) {
				var group = groups.get(skill.getParent().getId());
				if (group != null) {
					group.skills().add(skill);
				}
			}
		}
		return List.copyOf(groups.values());
	}

	/** A new group ({@code parentId} null) or a skill under a group. Returns its id. */
	public long add(Long parentId, String code, String nameJa, String nameEn, int position) {
		String wanted = code == null ? "" : code.strip();
		if (!CODE.matcher(wanted).matches()) {
			throw new ProfileRefused("code", "volunteer.skills.error.codeFormat");
		}
		if (skills.findByCode(wanted).isPresent()) {
			throw new ProfileRefused("code", "volunteer.skills.error.codeTaken");
		}
		Skill parent = null;
		if (parentId != null) {
			parent = skills.findById(parentId).filter(Skill::isGroup)
					.orElseThrow(() -> new ProfileRefused("parentId", "volunteer.skills.error.parent"));
		}
		var skill = skills.saveAndFlush(new Skill(parent, wanted, nameJa.strip(), nameEn.strip(), position));
		audit.record(AuditAction.ADMIN, SUBJECT, skill.getId(),
				(parent == null ? "group added: " : "skill added under " + parent.getCode() + ": ") + wanted);
		return skill.getId();
	}

	/** Renames or moves a group or skill, or archives it (or brings it back). */
	public void change(long id, String nameJa, String nameEn, int position, boolean archived) {
		var skill = skills.findById(id).orElseThrow(ProfileNotFound::new);
		boolean archiving = archived != skill.isArchived();
		skill.rename(nameJa.strip(), nameEn.strip(), position);
		skill.archive(archived);
		audit.record(AuditAction.ADMIN, SUBJECT, id, "renamed or moved: " + skill.getCode()
				+ (archiving ? (archived ? ", archived" : ", taken out of the archive") : ""));
	}
}
