package org.openprocure.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Serves the API under /api of the web context. */
@ApplicationPath("api")
public class ApiApplication extends Application {
}
