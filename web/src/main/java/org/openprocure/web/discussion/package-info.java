/** The discussion thread include, its attachment downloads and the websocket push of new messages. */
package org.openprocure.web.discussion;
