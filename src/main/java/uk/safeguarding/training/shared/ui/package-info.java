/**
 * Vaadin building blocks every feature's views may use: the main layout and size-limited uploads.
 */
@org.springframework.modulith.NamedInterface("ui")
package uk.safeguarding.training.shared.ui;
