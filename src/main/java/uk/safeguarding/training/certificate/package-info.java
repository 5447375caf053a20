/**
 * Certificates: issued when a course is completed, PDF/A and PDF/UA files, expiry and refreshers, revocation, public
 * verification by code or QR link, and the same certificate as an Open Badges 3.0 credential.
 */
package uk.safeguarding.training.certificate;
