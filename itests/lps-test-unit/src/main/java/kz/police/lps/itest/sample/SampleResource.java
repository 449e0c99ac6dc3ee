package kz.police.lps.itest.sample;

import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;

import kz.police.lps.core.api.rest.RestResources;
import kz.police.lps.core.api.security.Caller;

/** A JAX-RS resource on the core's REST whiteboard: {@code GET /api/v1/sample/hello}. */
@Component(service = SampleResource.class, property = RestResources.BASE + "=/sample")
@Path("/hello")
@Produces(MediaType.APPLICATION_JSON)
public class SampleResource {

    @GET
    public Map<String, String> hello(@Context Caller caller) {
        return Map.of("user", caller.username());
    }
}
