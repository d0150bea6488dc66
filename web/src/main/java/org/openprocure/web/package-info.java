/** The web module: the REST API, the portal pages and what they share, such as the choice of language. */
package org.openprocure.web;
