/**
 * Vaadin building blocks every feature's views may use: the main layout, size-limited uploads and the one error handler (ScreenErrors).
 */
@org.springframework.modulith.NamedInterface("ui")
package uk.safeguarding.training.shared.ui;
