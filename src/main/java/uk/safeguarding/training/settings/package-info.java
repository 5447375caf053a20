/**
 * The organisation's own settings: its name, logo, public address, reminder timings, and the public privacy and
 * accessibility pages.
 */
package uk.safeguarding.training.settings;
