package org.openprocure.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Builds 201 Created responses whose Location header points at the new resource. */
final class Created {

    private Created() {
    }

    static Response at(UriInfo uriInfo, Class<?> resource, long id, Object body) {
        return Response.created(uriInfo.getBaseUriBuilder().path(resource).path(Long.toString(id)).build())
                .entity(body)
                .build();
    }
}
