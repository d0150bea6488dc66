/** The receiver's tablet page: find an open order or shipping notice, count what arrived, post the goods receipt. */
package org.openprocure.web.receiving;
