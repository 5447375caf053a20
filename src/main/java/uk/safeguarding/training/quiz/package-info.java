/**
 * Questions and attempts: drawing questions, the order of options, grading on the server, answer retention and item
 * statistics.
 */
package uk.safeguarding.training.quiz;
