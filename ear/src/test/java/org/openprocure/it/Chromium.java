package org.openprocure.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The Debian Chromium that the browser tests drive, headless, asking for French pages unless a test names another language. */
final class Chromium {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private Chromium() {
    }

    /** Starts a headless Chromium with its own profile folder, so that no cookie leaks from one test to another. */
    static WebDriver start(Path profile) {
        return start(profile, "fr-FR");
    }

    /** Starts a headless Chromium as {@link #start(Path)} does, asking for pages in this language, such as en-US. */
    static WebDriver start(Path profile, String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1366,900", "--accept-lang=" + language,
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads(profile).toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        return new ChromeDriver(service, options);
    }

    /** Returns the folder where the browser started with this profile saves downloaded files. */
    static Path downloads(Path profile) {
        return profile.resolve("downloads");
    }

    /** Waits up to 30 s for the element, retrying as {@link #waitForText} does; on timeout, fails with the address and page content. */
    static void waitFor(WebDriver browser, By element) {
        try {
            new WebDriverWait(browser, WAIT).ignoring(WebDriverException.class).until(ExpectedConditions.visibilityOfElementLocated(element));
        } catch (TimeoutException e) {
            throw new AssertionError("No " + element + " on " + browser.getCurrentUrl() + ", which shows: " + page(browser), e);
        }
    }

    /**
     * Waits up to 30 s for the element to contain the text; on timeout, fails with the page content.
     * While a form posts itself and the next page loads, Chromium may fail to read a node of the old page, so the wait retries.
     */
    static void waitForText(WebDriver browser, By element, String text) {
        try {
            new WebDriverWait(browser, WAIT).ignoring(WebDriverException.class)
                    .until(ExpectedConditions.textToBePresentInElementLocated(element, text));
        } catch (TimeoutException e) {
            throw new AssertionError("No \"" + text + "\" in " + element + " on " + browser.getCurrentUrl() + ", which shows: "
                    + page(browser), e);
        }
    }

    /** Replaces the content of a field, such as a date picker's input, with the text, then leaves the field with Tab. */
    static void type(WebDriver browser, By input, String text) {
        WebElement element = browser.findElement(input);
        element.click();
        element.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        element.sendKeys(Keys.TAB);
    }

    /** Clicks Yes in the confirmation dialog that a page's action opens, and waits for the dialog to close. */
    static void confirm(WebDriver browser) {
        waitFor(browser, By.id("confirmForm:confirmYes"));
        browser.findElement(By.id("confirmForm:confirmYes")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirmForm:confirmYes")));
    }

    /** Picks the option with this value, such as PRICE, in a PrimeFaces select menu, as {@link #chooseLabel} does. */
    static void choose(WebDriver browser, String menuId, String value) {
        pick(browser, menuId, By.cssSelector("[id='" + menuId + "_items'] li[data-value='" + value + "']"));
    }

    /**
     * Picks the option that reads this label in a PrimeFaces select menu and waits until the menu shows it
     * with its panel closed. A click that lands while the panel is still opening can miss, so the pick is
     * tried up to three times.
     */
    static void chooseLabel(WebDriver browser, String menuId, String label) {
        pick(browser, menuId, By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']"));
    }

    private static void pick(WebDriver browser, String menuId, By item) {
        By panel = By.id(menuId + "_panel");
        By selectedLabel = By.id(menuId + "_label");
        for (int attempt = 1; attempt <= 3; attempt++) {
            if (browser.findElements(panel).stream().noneMatch(WebElement::isDisplayed)) {
                browser.findElement(By.id(menuId)).click();
            }
            waitFor(browser, item);
            String label = browser.findElement(item).getAttribute("data-label");
            try {
                browser.findElement(item).click();
                new WebDriverWait(browser, Duration.ofSeconds(5)).ignoring(WebDriverException.class)
                        .until(d -> label.equals(d.findElement(selectedLabel).getText())
                                && d.findElements(panel).stream().noneMatch(WebElement::isDisplayed));
                return;
            } catch (WebDriverException missed) {
                // The panel was still opening or closing; the next attempt opens it again if needed.
            }
        }
        throw new AssertionError("Could not pick " + item + " in " + menuId + " on " + browser.getCurrentUrl() + ", which shows: " + page(browser));
    }

    /** Signs the demo user in through Keycloak's form, starting from the portal's home page, and waits for the orders page. */
    static void signIn(WebDriver browser, String user) {
        signIn(browser, user, "/", By.id("ordersForm:orders"));
    }

    /**
     * Opens the portal page, such as /approvals.xhtml, signs the demo user in on Keycloak's form that
     * it leads to, and waits for the element that shows the page is ready.
     */
    static void signIn(WebDriver browser, String user, String page, By ready) {
        browser.get(Api.BASE + page);
        waitFor(browser, By.id("username"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("kc-login")).click();
        waitFor(browser, ready);
    }

    /**
     * Saves what the browser shows as target/screenshots/NAME.png under the ear module, so that a
     * reviewer sees the main screens of a test run without starting the product.
     */
    static Path screenshot(WebDriver browser, String name) {
        Path folder = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the screenshot " + name, e);
        }
    }

    /** Returns the first 3,000 characters of the page, enough to see why a wait failed. */
    private static String page(WebDriver browser) {
        String page = browser.getPageSource();
        return page.substring(0, Math.min(page.length(), 3000));
    }
}
