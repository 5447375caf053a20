/**
 * xAPI statements about learning sent to a learning record store through an outbox, so a statement is sent at least
 * once and never lost when the store is down.
 */
package uk.safeguarding.training.xapi;
