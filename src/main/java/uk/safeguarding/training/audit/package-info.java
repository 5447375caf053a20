/**
 * The audit log: who did what and when (sign-ins, changes to people, courses, settings), filtered and exported by
 * administrators, kept apart from the data it describes.
 */
package uk.safeguarding.training.audit;
