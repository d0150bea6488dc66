/** Audit trail: who changed which document, when, and how; returned as each document's timeline. */
package org.openprocure.audit;
