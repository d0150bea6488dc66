/** Start-up and settings: database migrations and the values an administrator sets on the server. */
package org.openprocure.platform;
