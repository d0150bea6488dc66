package org.openprocure.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Serves the API at the root of its own web module, whose context is /openprocure/api. */
@ApplicationPath("/")
public class ApiApplication extends Application {
}
