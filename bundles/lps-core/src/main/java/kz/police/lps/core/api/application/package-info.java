/**
 * Applications and reports intake (арыздар мен хабарламалар): a citizen's application or a report about an
 * incident or a committed or prepared offence is received, registered under a number, given to an officer,
 * decided, and the applicant is told of the decision (textbook L478-483, L2515-2564, L3103-3128). Each unit claims
 * the kinds of application it handles in a data file of its bundle (manifest header {@value
 * kz.police.lps.core.api.application.ApplicationService#HEADER}); the decision deadline of a kind is a norm.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package kz.police.lps.core.api.application;
