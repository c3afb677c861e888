package org.teamaround.casework.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.teamaround.casework.assessment.AssessmentRecords.AssessmentRequest;
import org.teamaround.casework.assessment.AssessmentRecords.AssessmentView;
import org.teamaround.casework.assessment.AssessmentRecords.Completion;
import org.teamaround.casework.history.RecordVersions;
import org.teamaround.common.security.Roles;

/** A case's holistic family assessment: the practitioner's own cases, or any case for a senior. */
@Path("/api/v1/cases/{id}/assessment")
@Tag(name = "Case work", description = "From allocation to closure")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PRACTITIONER, Roles.SENIOR})
public class AssessmentResource {

    @Inject
    Assessments assessments;

    @GET
    @Operation(operationId = "getAssessment", summary = "The case's assessment (404 until one is started)")
    @APIResponse(responseCode = "200", description = "The assessment",
            content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    public AssessmentView get(@PathParam("id") UUID caseId) {
        return assessments.get(caseId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveAssessment", summary = "Save the draft assessment (every save is a version kept)",
            description = "Send the version read; a stale one is 409 with currentVersion. A completed assessment "
                    + "no longer changes (409).")
    @APIResponse(responseCode = "200", description = "The assessment as saved",
            content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public AssessmentView save(@PathParam("id") UUID caseId, @Valid @NotNull AssessmentRequest request) {
        return assessments.save(caseId, request);
    }

    @POST
    @Path("/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "completeAssessment", summary = "Complete the assessment: every section must be written",
            description = "422 lists the empty sections.")
    @APIResponse(responseCode = "200", description = "The completed assessment",
            content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public AssessmentView complete(@PathParam("id") UUID caseId, @Valid @NotNull Completion completion) {
        return assessments.complete(caseId, completion.version());
    }

    @GET
    @Path("/versions")
    @Operation(operationId = "listAssessmentVersions", summary = "Every saved version of the assessment, latest first")
    @APIResponse(responseCode = "200", description = "The versions")
    public List<RecordVersions.View> versions(@PathParam("id") UUID caseId) {
        return assessments.versions(caseId);
    }
}
