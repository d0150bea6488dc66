/**
 * The REST and JSON API: one resource per business capability, errors as RFC 9457 problem details.
 * Resources are request-scoped and {@code @Transactional}, so each call runs the services in one
 * transaction, builds its views while lazy associations can still load, and lets exceptions reach
 * the mappers unwrapped.
 */
package org.openprocure.api;
