package jp.manabi.portal.plan.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.manabi.portal.plan.PlanLevel;
import jp.manabi.portal.plan.domain.PlanDocument.NodeDocument;
import jp.manabi.portal.plan.domain.PlanImport.Source;

/**
 * Applies a plan file to the portal, in one transaction: the plan by its code, its nodes by
 * their codes. Only what differs is written, so the same content imported again changes nothing
 * (not even a version). Nodes the file no longer lists are archived, never deleted, and keep
 * their ids, so courses and other records linked to them keep their links. Indicators are
 * matched by name; the file adds and corrects them and their actuals, but never removes what
 * staff entered since the file was written.
 *
 * <p>When a file changes a node's texts, the file wins over earlier edits by staff: a new
 * edition of the plan is the source. A file cannot move a code to another level; it is refused
 * with a problem for each such node, and nothing changes.
 */
@Service
@Transactional
public class PlanImportService {

	/** Serialises imports across app nodes that start at the same time (pg_advisory_xact_lock). */
	private static final long IMPORT_LOCK = 0x706c616e_696d7074L;

	private final PlanFileParser parser = new PlanFileParser();
	private final PlanRepository plans;
	private final PlanNodeRepository nodes;
	private final PlanIndicatorRepository indicators;
	private final PlanImportRepository imports;
	private final EntityManager entityManager;
	private final Clock clock;

	PlanImportService(PlanRepository plans, PlanNodeRepository nodes, PlanIndicatorRepository indicators,
			PlanImportRepository imports, EntityManager entityManager, Clock clock) {
		this.plans = plans;
		this.nodes = nodes;
		this.indicators = indicators;
		this.imports = imports;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/** A file staff uploaded. Refused with every problem found, or applied whole. */
	public ImportOutcome importUpload(String fileName, byte[] content, Long accountId) {
		lock();
		ParseResult parsed = parser.parse(content);
		if (!parsed.isValid()) {
			return ImportOutcome.refused(parsed.problems());
		}
		return apply(parsed.document(), sha256(content), Source.UPLOAD, fileName, accountId);
	}

	/**
	 * A file from {@code db/plans} at start-up; empty when this version of the file was applied
	 * at an earlier start. Compared with the last start-up import of the same file rather than
	 * with the plan, so that a plan uploaded since survives restarts until the file itself changes.
	 */
	public Optional<ImportOutcome> importAtStartup(String fileName, byte[] content) {
		lock();
		String hash = sha256(content);
		boolean seen = imports.findFirstBySourceAndFileNameOrderByIdDesc(Source.STARTUP, fileName)
				.filter(last -> last.getContentHash().equals(hash)).isPresent();
		if (seen) {
			return Optional.empty();
		}
		ParseResult parsed = parser.parse(content);
		if (!parsed.isValid()) {
			return Optional.of(ImportOutcome.refused(parsed.problems()));
		}
		return Optional.of(apply(parsed.document(), hash, Source.STARTUP, fileName, null));
	}

	private ImportOutcome apply(PlanDocument file, String hash, Source source, String fileName, Long accountId) {
		Plan plan = plans.findByCode(file.code()).orElse(null);
		List<PlanNode> existingNodes = plan == null ? List.of() : nodes.findAllOfPlan(plan.getId());
		Map<String, PlanNode> byCode = existingNodes.stream()
				.collect(Collectors.toMap(PlanNode::getCode, Function.identity()));
		List<ImportProblem> problems = levelChanges(file.goals(), "goals", 1, byCode);
		if (!problems.isEmpty()) {
			return ImportOutcome.refused(problems);
		}
		var counts = new Counts();
		if (plan == null) {
			plan = new Plan(file.code());
			plan.describe(file);
			plans.save(plan);
		}
		else if (plan.describe(file)) {
			counts.updated++;
		}
		plan.recordContentHash(hash);
		Map<Long, List<PlanIndicator>> indicatorsByNode = new HashMap<>();
		if (plan.getId() != null) {
			for (PlanIndicator indicator : indicators.findAllOfPlan(plan.getId())) {
				indicatorsByNode.computeIfAbsent(indicator.getNode().getId(), k -> new ArrayList<>()).add(indicator);
			}
		}
		Set<String> listed = new HashSet<>();
		applyNodes(plan, file.goals(), null, PlanLevel.GOAL, byCode, indicatorsByNode, listed, counts);
		for (PlanNode node : existingNodes) {
			if (!listed.contains(node.getCode()) && node.archive(clock.instant())) {
				counts.archived++;
			}
		}
		var outcome = new ImportOutcome(plan.getCode(), List.of(), counts.added, counts.updated, counts.archived,
				counts.restored);
		imports.save(new PlanImport(plan.getId(), source, fileName, hash, outcome, accountId));
		return outcome;
	}

	private void applyNodes(Plan plan, List<NodeDocument> fileNodes, PlanNode parent, PlanLevel level,
			Map<String, PlanNode> byCode, Map<Long, List<PlanIndicator>> indicatorsByNode, Set<String> listed,
			Counts counts) {
		for (int position = 0; position < fileNodes.size(); position++) {
			NodeDocument fileNode = fileNodes.get(position);
			listed.add(fileNode.code());
			PlanNode node = byCode.get(fileNode.code());
			if (node == null) {
				node = new PlanNode(plan, parent, level, fileNode.code(), position);
				node.describe(fileNode.content());
				nodes.save(node);
				counts.added++;
			}
			else {
				boolean changed = node.describe(fileNode.content());
				changed |= node.place(parent, position);
				if (node.restore()) {
					counts.restored++;
				}
				else if (changed) {
					counts.updated++;
				}
			}
			applyIndicators(node, fileNode.indicators(), indicatorsByNode.getOrDefault(node.getId(), List.of()),
					counts);
			if (!fileNode.children().isEmpty()) {
				applyNodes(plan, fileNode.children(), node, level.childLevel(), byCode, indicatorsByNode, listed,
						counts);
			}
		}
	}

	private void applyIndicators(PlanNode node, List<IndicatorContent> fromFile, List<PlanIndicator> existing,
			Counts counts) {
		Map<String, PlanIndicator> byName = existing.stream()
				.collect(Collectors.toMap(PlanIndicator::getName, Function.identity()));
		for (int position = 0; position < fromFile.size(); position++) {
			IndicatorContent content = fromFile.get(position);
			PlanIndicator indicator = byName.get(content.name());
			if (indicator == null) {
				indicator = new PlanIndicator(node, position);
				indicator.describe(content);
				indicators.save(indicator);
				counts.updated++;
			}
			else if (indicator.merge(content) | indicator.moveTo(position)) {
				counts.updated++;
			}
		}
	}

	/** A code that the file puts on another level than the portal has it: refused, with the path of each. */
	private static List<ImportProblem> levelChanges(List<NodeDocument> fileNodes, String path, int depth,
			Map<String, PlanNode> byCode) {
		var problems = new ArrayList<ImportProblem>();
		for (int i = 0; i < fileNodes.size(); i++) {
			NodeDocument fileNode = fileNodes.get(i);
			String nodePath = path + "[" + i + "]";
			PlanNode existing = byCode.get(fileNode.code());
			if (existing != null && existing.getLevel().depth() != depth) {
				problems.add(ImportProblem.of(nodePath + ".code", "plan.import.error.levelChanged", fileNode.code(),
						existing.getLevel().depth(), depth));
			}
			problems.addAll(levelChanges(fileNode.children(), nodePath + ".children", depth + 1, byCode));
		}
		return problems;
	}

	private void lock() {
		entityManager.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(:key)) as l")
				.setParameter("key", IMPORT_LOCK).getSingleResult();
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

	private static final class Counts {

		int added;
		int updated;
		int archived;
		int restored;
	}
}
