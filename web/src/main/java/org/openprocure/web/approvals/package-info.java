/** The portal's approval inbox: the requisitions that wait for the signed-in user's decision. */
package org.openprocure.web.approvals;
