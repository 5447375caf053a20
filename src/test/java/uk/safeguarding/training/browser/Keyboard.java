package uk.safeguarding.training.browser;

import com.codeborne.selenide.Selenide;
import org.openqa.selenium.Keys;

/** Drives the page with the keyboard alone: Tab to move, Enter or Space to act, arrows inside radio groups. */
final class Keyboard {

    private static final String FOCUSED = """
            const a = document.activeElement;
            if (!a) return '';
            const host = a.closest('vaadin-button, vaadin-radio-button, vaadin-checkbox, vaadin-side-nav-item, a, button');
            return host ? (host.innerText || host.textContent || '').trim() : '';""";

    private Keyboard() {
    }

    static void press(CharSequence... keys) {
        Selenide.actions().sendKeys(keys).perform();
    }

    /** Tabs forward until a focused control's text contains {@code text}; fails after 80 presses. */
    static void tabTo(String text) {
        for (int i = 0; i < 80; i++) {
            String focused = Selenide.executeJavaScript(FOCUSED);
            if (focused != null && focused.contains(text)) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Could not reach '" + text + "' with the Tab key");
    }

    /** Tabs forward until focus is on a control inside the question with this index (0-based, in page order). */
    static void tabIntoQuestion(int index) {
        for (int i = 0; i < 80; i++) {
            Long at = Selenide.executeJavaScript("""
                    const q = document.activeElement && document.activeElement.closest('.question');
                    return q ? Array.from(document.querySelectorAll('.question')).indexOf(q) : -1;""");
            String tag = Selenide.executeJavaScript("return document.activeElement ? document.activeElement.tagName : ''");
            if (at != null && at == index && "INPUT".equals(tag)) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Could not reach question " + (index + 1) + " with the Tab key");
    }

    static void activate(String text) {
        tabTo(text);
        press(Keys.ENTER);
    }
}
