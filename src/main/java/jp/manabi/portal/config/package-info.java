/**
 * Cross-cutting configuration: security, locale, the embedded PostgreSQL of the default start,
 * error handling. Depends on no other module's types: it wires Spring's own interfaces.
 */
package jp.manabi.portal.config;
