/**
 * Personal data: a person's own record download, erasure on request and the retention policy job.
 */
package uk.safeguarding.training.dataprotection;
