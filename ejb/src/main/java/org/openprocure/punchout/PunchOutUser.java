package org.openprocure.punchout;

/**
 * The requester as the shop may greet them, sent as cXML Extrinsics. Personal data: never logged.
 * Any part but the username may be null.
 */
public record PunchOutUser(String username, String email, String firstName, String lastName) {
}
