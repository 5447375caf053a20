package uk.safeguarding.training.browser;

import com.codeborne.selenide.Configuration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WrapsDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.HasCdp;

/**
 * Headless Debian Chromium with the driver from the chromium-driver package: nothing is downloaded at run time.
 * The test command installs both when they are missing (see src/test/scripts/ensure-chromium.sh).
 */
final class Browser {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private Browser() {
    }

    /**
     * Leaves the page of the test before (so its last requests go now, to that test's own host name) and clears every
     * cookie (storage stays with the host name, which the next test does not use): cheaper than a new Chromium for every test.
     */
    static void forgetEverything(WebDriver driver) {
        driver.get("about:blank");
        WebDriver inner = driver instanceof WrapsDriver wrapper ? wrapper.getWrappedDriver() : driver;
        if (inner instanceof HasCdp cdp) {
            cdp.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        } else {
            com.codeborne.selenide.Selenide.closeWebDriver();
        }
    }

    /**
     * Gives the browser this session cookie for the site before it opens any page of it. Set through the DevTools
     * protocol rather than by visiting a page of the site first: that visit made Chromium ask the site for
     * {@code /favicon.ico}, whose answer (a new session of its own) could arrive after the cookie was set and replace
     * it: the first test on each host name landed on the sign-in page.
     */
    static void setSessionCookie(WebDriver driver, String siteUrl, String sessionId) {
        WebDriver inner = driver instanceof WrapsDriver wrapper ? wrapper.getWrappedDriver() : driver;
        if (!(inner instanceof HasCdp cdp)) {
            throw new IllegalStateException("Signing in over HTTP needs Chromium's DevTools protocol");
        }
        cdp.executeCdpCommand("Network.setCookie", Map.of("name", "JSESSIONID", "value", sessionId, "url", siteUrl + "/",
                "path", "/", "httpOnly", true));
    }

    static void configure(int width, int height) {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "run `apt-get install chromium chromium-driver` (as root), or run the tests with "
                    + "-DskipBrowserTests to leave them out.");
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        Configuration.browser = "chrome";
        Configuration.headless = true;
        Configuration.browserBinary = CHROMIUM;
        Configuration.browserSize = width + "x" + height;
        // Conditions, not sleeps: a generous limit costs nothing when the condition holds, and keeps the suite green
        // on a machine that is also doing other work (load 12-20 on 2 cores took more than 15 s for a first render).
        Configuration.timeout = 60_000;
        Configuration.pageLoadTimeout = 90_000;
        Configuration.screenshots = true;
        Configuration.savePageSource = false;
        Configuration.reportsFolder = "target/selenide-reports";
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--no-sandbox", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-gpu",
                "--disable-search-engine-choice-screen", "--lang=en-GB");
        Configuration.browserCapabilities = options;
    }
}
