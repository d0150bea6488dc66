package org.openprocure.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Steps on the demo supplier shop's page, by the element ids the shop keeps stable for tests. */
final class ShopPage {

    private ShopPage() {
    }

    /** Types the quantity of the article, adds it to the cart and waits until the cart shows it. */
    static void add(WebDriver browser, String part, String quantity) {
        WebElement input = browser.findElement(By.id("qty-" + part));
        input.clear();
        input.sendKeys(quantity);
        browser.findElement(By.id("add-" + part)).click();
        Chromium.waitFor(browser, By.id("cart-" + part));
    }
}
