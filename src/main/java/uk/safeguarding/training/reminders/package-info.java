/**
 * Reminder e-mails for training due, overdue, expiring or needing an update and for policies to read, each sent
 * once, and the managers' digest.
 */
package uk.safeguarding.training.reminders;
