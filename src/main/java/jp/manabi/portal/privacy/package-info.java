/**
 * Privacy: the retention job that erases personal data once its time is up (old counter
 * applications, counselors' notes, audit entries), and the privacy notice administrators edit.
 * The residents' data download and account deletion live in the account module, which collects
 * each module's part through {@link jp.manabi.portal.account.PersonalDataSource}.
 */
package jp.manabi.portal.privacy;
