/**
 * The inspection evidence pack: for a unit and a date, everyone's training and policy status as it stood on that
 * date, as a tagged PDF and a CSV with the same rows.
 */
package uk.safeguarding.training.evidence;
