package kz.police.lps.unit.juvenile.internal.rest;

import java.util.List;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.rest.RestParams;
import kz.police.lps.core.api.rest.RestResponses;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.juvenile.internal.prevention.AccumulationFile;
import kz.police.lps.unit.juvenile.internal.prevention.FileCopy;
import kz.police.lps.unit.juvenile.internal.prevention.Forensic;
import kz.police.lps.unit.juvenile.internal.prevention.Journal;
import kz.police.lps.unit.juvenile.internal.prevention.JournalEntry;
import kz.police.lps.unit.juvenile.internal.prevention.NewFileCopy;
import kz.police.lps.unit.juvenile.internal.prevention.NewForensic;
import kz.police.lps.unit.juvenile.internal.prevention.NewJournalEntry;
import kz.police.lps.unit.juvenile.internal.prevention.NewPreventiveRecord;
import kz.police.lps.unit.juvenile.internal.prevention.PreventionJournal;
import kz.police.lps.unit.juvenile.internal.prevention.PreventiveFiles;
import kz.police.lps.unit.juvenile.internal.prevention.PreventiveRecord;
import kz.police.lps.unit.juvenile.internal.prevention.ReviewInput;

/**
 * The registration journals (BR-J33) and what hangs on a registration: preventive work, living-conditions acts,
 * forensic registration, the accumulation file and the copies sent from it. Paths take the core's registration id.
 */
@Component(service = PreventionResource.class, property = JuvenileRest.BASE)
@Path("/registrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "juvenile registrations", description = "Registration journals of minors and parents (L1379-1389), "
        + "preventive work, acts, forensic registration, accumulation file; review at the review age")
public class PreventionResource {

    private final PreventionJournal journal;
    private final PreventiveFiles files;

    @Activate
    public PreventionResource(@Reference PreventionJournal journal, @Reference PreventiveFiles files) {
        this.journal = journal;
        this.files = files;
    }

    @GET
    @Operation(summary = "The journal in the caller's scope (journal=MINORS|PARENTS, personId, year; forReview=true: "
            + "minors who reached the review age unreviewed; comingOfAgeDays=N: who reach it within N days)")
    public Response list(@Context Caller caller, @Context UriInfo uri, @QueryParam("journal") String journalParam,
            @QueryParam("personId") String personId, @QueryParam("year") String year,
            @QueryParam("forReview") String forReview, @QueryParam("comingOfAgeDays") String comingOfAgeDays,
            @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                null, Set.of());
        Integer within = RestParams.integer("comingOfAgeDays", comingOfAgeDays);
        if (within == null && Boolean.TRUE.equals(RestParams.bool("forReview", forReview))) {
            within = 0;
        }
        return RestParams.page(journal.list(caller, RestParams.enumeration("journal", journalParam, Journal.class),
                RestParams.id("personId", personId), RestParams.integer("year", year), within, page), uri);
    }

    @POST
    @Operation(summary = "Place a person on the register and enter them in the journal, in one transaction (201)")
    public Response register(@Context Caller caller, @Context UriInfo uri, NewJournalEntry body) {
        JournalEntry e = journal.register(caller, RestParams.requireBody(body));
        return RestResponses.created(uri, e.registrationId(), e, e.version());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The journal entry of a registration with the registration's state and review")
    public Response get(@Context Caller caller, @PathParam("id") String id) {
        JournalEntry e = journal.get(caller, RestResponses.id("id", id));
        return RestResponses.ok(e, e.version());
    }

    @POST
    @Path("/{id}/review")
    @Operation(summary = "End the review at the review age: REMOVE (removal ground; If-Match: the registration's "
            + "version) or KEEP (reason)")
    public Response review(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ReviewInput body) {
        JournalEntry e = journal.review(caller, RestResponses.id("id", id), RestParams.ifMatch(ifMatch),
                RestParams.requireBody(body));
        return RestResponses.ok(e, e.version());
    }

    @GET
    @Path("/{id}/work")
    public List<PreventiveRecord> work(@Context Caller caller, @PathParam("id") String id) {
        return files.records(caller, RestResponses.id("id", id), false);
    }

    @POST
    @Path("/{id}/work")
    @Operation(summary = "Record individual preventive work: CONVERSATION, HOME_VISIT, OTHER (201)")
    public Response addWork(@Context Caller caller, @Context UriInfo uri, @PathParam("id") String id,
            NewPreventiveRecord body) {
        PreventiveRecord r = files.addRecord(caller, RestResponses.id("id", id), RestParams.requireBody(body), false);
        return WrittenOnce.created(uri, r.id(), r);
    }

    @GET
    @Path("/{id}/acts")
    public List<PreventiveRecord> acts(@Context Caller caller, @PathParam("id") String id) {
        return files.records(caller, RestResponses.id("id", id), true);
    }

    @POST
    @Path("/{id}/acts")
    @Operation(summary = "Record a housing and living-conditions inspection act (201)")
    public Response addAct(@Context Caller caller, @Context UriInfo uri, @PathParam("id") String id,
            NewPreventiveRecord body) {
        PreventiveRecord r = files.addRecord(caller, RestResponses.id("id", id), RestParams.requireBody(body), true);
        return WrittenOnce.created(uri, r.id(), r);
    }

    @GET
    @Path("/{id}/forensic")
    public List<Forensic> forensic(@Context Caller caller, @PathParam("id") String id) {
        return files.forensic(caller, RestResponses.id("id", id));
    }

    @POST
    @Path("/{id}/forensic")
    @Operation(summary = "Record a forensic registration: materials PHOTO, FINGERPRINTS, AUDIO, VIDEO (201)")
    public Response addForensic(@Context Caller caller, @Context UriInfo uri, @PathParam("id") String id,
            NewForensic body) {
        Forensic f = files.addForensic(caller, RestResponses.id("id", id), RestParams.requireBody(body));
        return WrittenOnce.created(uri, f.id(), f);
    }

    @GET
    @Path("/{id}/accumulation-file")
    @Operation(summary = "The accumulation file: journal entry, work, acts, forensic, inbound notices, copies sent")
    public AccumulationFile file(@Context Caller caller, @PathParam("id") String id) {
        return files.file(caller, RestResponses.id("id", id));
    }

    @POST
    @Path("/{id}/accumulation-file/copies")
    @Operation(summary = "Record copies sent from the accumulation file on an investigator's request (201)")
    public Response addCopy(@Context Caller caller, @Context UriInfo uri, @PathParam("id") String id,
            NewFileCopy body) {
        FileCopy c = files.addCopy(caller, RestResponses.id("id", id), RestParams.requireBody(body));
        return WrittenOnce.created(uri, c.id(), c);
    }
}
