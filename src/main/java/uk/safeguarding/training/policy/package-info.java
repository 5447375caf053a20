/**
 * Policy documents administrators publish in versions and assign to units, and each person's "I have read and
 * understood" acknowledgement of a version.
 */
package uk.safeguarding.training.policy;
