/** The portal's approval rule editor: administrators read the published versions and publish the next one. */
package org.openprocure.web.approvalrules;
