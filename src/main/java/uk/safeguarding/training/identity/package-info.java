/**
 * People, organisation units and who manages which, roles, sign-in (passwords, lockouts, one-time passwords, single
 * sign-on) and the screens that administer them.
 */
package uk.safeguarding.training.identity;
