/** Shared kernel: money, quantities, errors and their messages in French and English. */
package org.openprocure.shared;
