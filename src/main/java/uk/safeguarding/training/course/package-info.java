/**
 * Published courses: the catalogue of versions, the definitions learners work through, editions and the rules for
 * who needs an update, and the structure rules of branching scenarios.
 */
package uk.safeguarding.training.course;
