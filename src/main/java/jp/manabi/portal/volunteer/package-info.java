/**
 * Volunteers and the talent bank (人材バンク): a skills tree, volunteer profiles and their review,
 * organisations that post requests, requests (募集) with shifts, explainable matching, and
 * assignments through to the hours served.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Volunteers")
package jp.manabi.portal.volunteer;
