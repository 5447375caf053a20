/**
 * What every feature may use and that depends on no feature: the clock, base entity, LIKE patterns, spreadsheet
 * cells, the HTTP edge filters ({@code web}) and Vaadin building blocks ({@code ui}).
 */
package uk.safeguarding.training.shared;
