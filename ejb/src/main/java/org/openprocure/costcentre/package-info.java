/** Cost centres and their owners, the people who approve what is spent on them. */
package org.openprocure.costcentre;
