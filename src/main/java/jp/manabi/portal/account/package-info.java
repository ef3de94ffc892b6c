/**
 * Accounts: residents' sign-up, email verification, login and password reset, マイページ,
 * and the staff accounts an administrator creates. Other modules learn about accounts only
 * through {@link jp.manabi.portal.account.Accounts} and the events published here.
 */
package jp.manabi.portal.account;
