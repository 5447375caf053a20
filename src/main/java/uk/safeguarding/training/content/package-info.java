/**
 * The course file format under {@code courses/}: reading, validating (with file and line), writing and zipping
 * course folders, and the Markdown, placeholders and answer cues they use.
 */
package uk.safeguarding.training.content;
