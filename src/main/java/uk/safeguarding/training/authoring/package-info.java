/**
 * Writing courses in the app: drafts with live validation, images, scenarios, preview as a learner, publishing
 * versions and editions, the versions page and the question and scenario statistics for trainers.
 */
package uk.safeguarding.training.authoring;
