package uk.safeguarding.training.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import java.util.List;

/**
 * A phone-sized screen (375 by 812 CSS pixels, a common phone held upright) and the check that the page fits it: no
 * text or control of the main area runs past the right edge, and the page cannot be scrolled sideways. Shared by the
 * journeys on a phone, so they all hold the page to the same rule.
 */
final class SmallScreen {

    private static final String OVERFLOWING = """
            const width = document.documentElement.clientWidth;
            return Array.from(document.querySelectorAll('main p, main li, main h1, main h2, main vaadin-button, main vaadin-radio-group, main vaadin-checkbox-group'))
                .filter(e => e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().right > width + 1)
                .map(e => e.tagName + ': ' + (e.innerText || '').slice(0, 60));""";

    private SmallScreen() {
    }

    /** Sizes the browser as the phone, before the test opens a page. */
    static void use() {
        Browser.configure(375, 812);
    }

    /** Fails when the current page is wider than the screen; call it once the page has settled. */
    static void assertFits() {
        List<String> overflowing = Selenide.executeJavaScript(OVERFLOWING);
        assertThat(overflowing).as("text wider than the screen").isEmpty();
        Long scrollWidth = Selenide.executeJavaScript("return document.documentElement.scrollWidth");
        Long clientWidth = Selenide.executeJavaScript("return document.documentElement.clientWidth");
        assertThat(scrollWidth).as("no sideways scrolling").isLessThanOrEqualTo(clientWidth);
    }
}
