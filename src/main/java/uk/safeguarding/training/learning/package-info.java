/**
 * What learners do: assignments and due dates, enrolments and progress through modules, knowledge checks, scenarios,
 * the final assessment, and the learner's screens.
 */
package uk.safeguarding.training.learning;
