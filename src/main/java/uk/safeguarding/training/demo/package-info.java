/**
 * Demo data for people trying the app (the {@code demo} profile): an organisation, people in every role and training
 * at every stage.
 */
package uk.safeguarding.training.demo;
