package jp.manabi.portal.config;

import java.sql.SQLException;
import java.util.Map;

import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The database went away in the middle of a request (connection cut, server restarted,
 * fail-over): the transaction was rolled back, so nothing half-done was kept. The person gets
 * a 503 page that says so and asks them to try again in a moment; the pool replaces the dead
 * connection by itself. Anything else stays a plain 500.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class LostDatabaseAdvice {

	private static final Logger LOG = LoggerFactory.getLogger(LostDatabaseAdvice.class);

	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
			JDBCConnectionException.class, TransactionSystemException.class, JpaSystemException.class })
	ModelAndView databaseGone(Exception ex, HttpServletResponse response) {
		if (!lostConnection(ex)) {
			LOG.error("Request failed", ex);
			return new ModelAndView("error", Map.of("status", 500), HttpStatus.INTERNAL_SERVER_ERROR);
		}
		LOG.warn("Database connection lost during a request; rolled back: {}", ex.toString());
		response.setHeader(HttpHeaders.RETRY_AFTER, "30");
		return new ModelAndView("error", Map.of("status", 503), HttpStatus.SERVICE_UNAVAILABLE);
	}

	/**
	 * The exception, or one of its causes, says the connection broke (SQLState class 08, or 57P0x:
	 * terminated by an administrator, server shutting down), or the rollback itself failed on a
	 * closed connection (which hides the first exception; nothing was committed either way).
	 */
	static boolean lostConnection(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof JDBCConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
				return true;
			}
			if (cause instanceof org.hibernate.TransactionException && cause.getMessage() != null
					&& cause.getMessage().contains("rollback")) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}
}
