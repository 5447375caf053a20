/**
 * The managers' report: completion for the people they may see, filters, the compliance chart, a person's history
 * and the CSV and spreadsheet exports.
 */
package uk.safeguarding.training.reporting;
