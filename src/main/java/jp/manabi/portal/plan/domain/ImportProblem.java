package jp.manabi.portal.plan.domain;

import java.util.List;

/**
 * One thing wrong with a plan file. {@code path} says where, in the file's own key names
 * ({@code goals[2].children[0].children[1]}; empty for the file as a whole); the message key
 * and its arguments say what, in the reader's language.
 */
public record ImportProblem(String path, String messageKey, List<Object> args) {

	public ImportProblem {
		args = List.copyOf(args);
	}

	public static ImportProblem of(String path, String messageKey, Object... args) {
		return new ImportProblem(path, messageKey, List.of(args));
	}

	public Object[] arguments() {
		return args.toArray();
	}

	@Override
	public String toString() {
		return (path.isEmpty() ? "(file)" : path) + ": " + messageKey + args;
	}
}
