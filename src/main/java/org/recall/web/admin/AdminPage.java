package org.recall.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * {@code GET /admin}: the admin page, a static page ({@code /app/admin.html}) whose script calls the admin
 * API with the token the admin signs in with; the token stays in the tab's sessionStorage.
 */
@Path("admin")
@RequestScoped
public class AdminPage {

    @GET
    public Response show() {
        return Response.seeOther(URI.create("/app/admin.html")).build();
    }
}
