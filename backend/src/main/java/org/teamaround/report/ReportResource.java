package org.teamaround.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.teamaround.common.audit.AuditAction;
import org.teamaround.common.audit.AuditLog;
import org.teamaround.common.error.ApiException;
import org.teamaround.common.security.Roles;
import org.teamaround.report.ReportRecords.RecordList;
import org.teamaround.report.ReportRecords.Report;

/** The programme board's reports (docs/reports.md): figures for seniors, as JSON or CSV, each drilling down to its records. */
@Path("/api/v1/reports")
@Tag(name = "Reports", description = "Programme board reports: funnel, timeliness, caseloads, school allocations, outcomes")
@RolesAllowed(Roles.SENIOR)
public class ReportResource {

    private static final String NAMES = "funnel, timeliness, caseloads, school-allocations or outcomes";

    @Inject
    ReportService reports;

    @Inject
    AuditLog audit;

    @GET
    @Path("/{report}")
    @Produces({MediaType.APPLICATION_JSON, ReportCsv.MEDIA_TYPE})
    @Transactional
    @Operation(operationId = "getReport", summary = "A report's figures for a period, filtered and broken down; "
            + "Accept: text/csv for a spreadsheet with small numbers suppressed")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)),
            @Content(mediaType = ReportCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))})
    public Response report(@Parameter(description = "The report: " + NAMES, schema = @Schema(enumeration = {"funnel",
            "timeliness", "caseloads", "school-allocations", "outcomes"})) @PathParam("report") String name,
            @Valid @BeanParam ReportQuery query, @Context HttpHeaders headers) {
        Report report = reports.report(definition(name), query);
        if (wantsCsv(headers)) {
            audit.record(AuditAction.EXPORT, "report", null);
            return Response.ok(ReportCsv.write(report), ReportCsv.MEDIA_TYPE + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + ReportCsv.fileName(report) + "\"").build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{report}/records")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(operationId = "listReportRecords", summary = "The records one figure of a report counts (its drill-down)")
    @APIResponse(responseCode = "200", description = "The records, by reference: no child's name",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordList.class)))
    public RecordList records(@Parameter(description = "The report: " + NAMES) @PathParam("report") String name,
            @Parameter(description = "The figure's measure key") @QueryParam("measure") @NotNull @Size(max = 60) String measure,
            @Parameter(description = "A row's key, when the report has a breakdown (by)") @QueryParam("group") @Size(max = 100)
            String group, @Valid @BeanParam ReportQuery query) {
        RecordList records = reports.records(definition(name), measure, group, query);
        audit.record(AuditAction.LIST, "report-records", null);
        return records;
    }

    private static ReportDefinition definition(String name) {
        return ReportDefinition.named(name).orElseThrow(() -> ApiException.notFound("report"));
    }

    /** CSV when the caller asks for it before (or instead of) JSON. */
    private static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                return false;
            }
            if ("text".equals(type.getType()) && "csv".equals(type.getSubtype())) {
                return true;
            }
        }
        return false;
    }
}
