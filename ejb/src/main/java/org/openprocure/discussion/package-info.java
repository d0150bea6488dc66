/** Discussion threads on documents, shared by the buyer's staff and the document's supplier: messages, attachments, mentions and read marks. */
package org.openprocure.discussion;
