/** Purchase requisitions: what staff ask to buy, and the approval that turns them into purchase orders. */
package org.openprocure.requisition;
