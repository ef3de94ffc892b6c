/**
 * Cross-cutting configuration: security, locale, the embedded PostgreSQL of the default start,
 * error handling. Uses only the open {@code shared} module; other modules' beans are wired
 * through Spring's own interfaces (AuthenticationProvider, AuthenticationFailureHandler).
 */
package jp.manabi.portal.config;
