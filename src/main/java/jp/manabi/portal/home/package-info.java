/**
 * The top page, the information pages of the footer, and the staff start page. The top page
 * will gather upcoming courses and open consultations once those modules exist.
 */
package jp.manabi.portal.home;
