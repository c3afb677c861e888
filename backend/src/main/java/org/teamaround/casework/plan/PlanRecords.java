package org.teamaround.casework.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The support plan API's requests and answers. */
public final class PlanRecords {

    private PlanRecords() {}

    @Schema(name = "PlanRequest", description = "The whole plan: actions absent from the list are removed")
    record PlanRequest(
            @Schema(description = "The version read; absent only when there is no plan yet") Long version,
            @NotNull @Size(max = 50) @Schema(required = true) List<@Valid @NotNull ActionRequest> actions,
            @NotNull @Size(max = 20) @Schema(required = true, description = "Intervention codes")
            List<@NotBlank @Size(max = 40) String> interventions) {}

    @Schema(name = "PlanActionRequest")
    record ActionRequest(
            @Schema(description = "An existing action's id; absent for a new one") UUID id,
            @NotBlank @Size(max = 500) @Schema(required = true, description = "What will be done") String what,
            @NotNull @Schema(required = true) ActionOwner who,
            @Size(max = 200) @Schema(description = "Required when who is PARTNER") String partnerAgency,
            @NotNull @Schema(required = true) LocalDate byWhen,
            @NotNull @Schema(required = true) ActionStatus status) {}

    @Schema(name = "PlanAction")
    public record ActionView(
            @Schema(required = true) UUID id,
            @Schema(required = true) String what,
            @Schema(required = true) ActionOwner who,
            String partnerAgency,
            @Schema(required = true) LocalDate byWhen,
            @Schema(required = true) ActionStatus status) {

        static ActionView of(PlanAction a) {
            return new ActionView(a.id, a.what, a.who, a.partnerAgency, a.byWhen, a.status);
        }
    }

    @Schema(name = "Plan")
    public record PlanView(
            @Schema(required = true) UUID caseId,
            @Schema(required = true) List<ActionView> actions,
            @Schema(required = true) List<InterventionView> interventions,
            @Schema(required = true) long version,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) String updatedBy) {

        /** What a saved version keeps: the actions (as text) and the intervention codes. */
        Map<String, Object> content() {
            List<Map<String, String>> kept = actions.stream().map(a -> {
                Map<String, String> action = new LinkedHashMap<>();
                action.put("id", a.id().toString());
                action.put("what", a.what());
                action.put("who", a.who().name());
                action.put("partnerAgency", a.partnerAgency());
                action.put("byWhen", a.byWhen().toString());
                action.put("status", a.status().name());
                return action;
            }).toList();
            return Map.of("actions", kept, "interventions", interventions.stream().map(InterventionView::code).toList());
        }
    }

    @Schema(name = "Intervention")
    public record InterventionView(@Schema(required = true) String code, @Schema(required = true) String label,
            @Schema(required = true) boolean enabled) {

        static InterventionView of(Intervention i) {
            return new InterventionView(i.code, i.label, i.enabled);
        }
    }
}
