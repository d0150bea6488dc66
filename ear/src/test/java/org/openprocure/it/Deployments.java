package org.openprocure.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR the build produced, deployed as it is. */
final class Deployments {

    private Deployments() {
    }

    static EnterpriseArchive application() {
        File ear = new File(System.getProperty("ear.file", "target/openprocure.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /**
     * Returns the application with the test classes as a library, for tests that run inside the
     * server. Arquillian calls such tests through a servlet in the portal's web module, so this deployment's
     * web.xml leaves that servlet's path open. The application's own web.xml is unchanged.
     */
    static EnterpriseArchive applicationWithTests(Class<?>... testClasses) {
        EnterpriseArchive ear = application();
        WebArchive web = ear.getAsType(WebArchive.class, "openprocure-web.war");
        String webXml = read(web.get("WEB-INF/web.xml").getAsset());
        web.delete("WEB-INF/web.xml");
        web.addAsWebInfResource(new StringAsset(webXml.replace("    <login-config>", ARQUILLIAN_RUNNER_OPEN + "    <login-config>")), "web.xml");
        // The EAR contains two web modules, and the runner goes into the portal's.
        Testable.archiveToTest(web);
        return ear.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "openprocure-tests.jar").addClasses(testClasses));
    }

    private static final String ARQUILLIAN_RUNNER_OPEN = """
                <security-constraint>
                    <web-resource-collection>
                        <web-resource-name>Arquillian test runner</web-resource-name>
                        <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                    </web-resource-collection>
                </security-constraint>
            """;

    private static String read(Asset asset) {
        try (InputStream in = asset.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
