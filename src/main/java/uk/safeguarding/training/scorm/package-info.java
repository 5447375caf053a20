/**
 * Export of a published course version as a SCORM 1.2 package for another learning system.
 */
package uk.safeguarding.training.scorm;
