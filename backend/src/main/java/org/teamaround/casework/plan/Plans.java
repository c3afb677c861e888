package org.teamaround.casework.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.teamaround.allocation.CaseAccess;
import org.teamaround.allocation.SupportCase;
import org.teamaround.casework.history.RecordKind;
import org.teamaround.casework.history.RecordVersions;
import org.teamaround.casework.plan.PlanRecords.ActionRequest;
import org.teamaround.casework.plan.PlanRecords.ActionView;
import org.teamaround.casework.plan.PlanRecords.InterventionView;
import org.teamaround.casework.plan.PlanRecords.PlanRequest;
import org.teamaround.casework.plan.PlanRecords.PlanView;
import org.teamaround.common.audit.AuditAction;
import org.teamaround.common.audit.AuditLog;
import org.teamaround.common.error.ApiException;
import org.teamaround.common.error.Problem.FieldError;
import org.teamaround.common.error.ProblemType;
import org.teamaround.common.error.Problems;
import org.teamaround.common.security.CurrentUser;

/** Writes a case's support plan whole, checks its actions are SMART enough to keep, and keeps every version. */
@ApplicationScoped
public class Plans {

    static final String RECORD_TYPE = "SUPPORT_PLAN";

    @Inject
    CaseAccess cases;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    RecordVersions versions;

    @Inject
    Clock clock;

    @Transactional
    PlanView get(UUID caseId) {
        SupportPlan plan = existing(cases.requireReadable(caseId));
        audit.record(AuditAction.READ, RECORD_TYPE, plan.id);
        return view(plan);
    }

    @Transactional
    PlanView save(UUID caseId, PlanRequest request) {
        SupportCase supportCase = cases.requireOpen(caseId);
        SupportPlan plan = SupportPlan.ofCase(supportCase.id).orElse(null);
        boolean created = plan == null;
        ApiException.checkVersion(request.version(), created ? null : plan.version);
        if (created) {
            plan = new SupportPlan();
            plan.id = UUID.randomUUID();
            plan.caseId = supportCase.id;
        }
        check(request, supportCase, plan);
        write(plan, request);
        plan.updatedAt = clock.instant();
        plan.updatedByName = user.displayName();
        plan.persist();
        SupportPlan.flush();
        audit.record(created ? AuditAction.CREATE : AuditAction.UPDATE, RECORD_TYPE, plan.id);
        PlanView view = view(plan);
        versions.keep(supportCase.id, RecordKind.PLAN, null, view.content());
        return view;
    }

    @Transactional
    List<RecordVersions.View> versions(UUID caseId) {
        SupportPlan plan = existing(cases.require(caseId));
        audit.record(AuditAction.LIST, RECORD_TYPE, plan.id);
        return versions.of(plan.caseId, RecordKind.PLAN);
    }

    @Transactional
    List<InterventionView> interventions() {
        return Intervention.<Intervention>list("order by position").stream().map(InterventionView::of).toList();
    }

    /** Replaces the actions in the order sent, updating those sent with their id, and the interventions. */
    private static void write(SupportPlan plan, PlanRequest request) {
        Map<UUID, PlanAction> kept = plan.actions.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        List<PlanAction> actions = new ArrayList<>();
        for (int i = 0; i < request.actions().size(); i++) {
            ActionRequest in = request.actions().get(i);
            PlanAction action = in.id() == null ? new PlanAction() : kept.get(in.id());
            if (action.id == null) {
                action.id = UUID.randomUUID();
                action.plan = plan;
            }
            action.position = i;
            action.what = in.what().trim();
            action.who = in.who();
            action.partnerAgency = in.who() == ActionOwner.PARTNER ? in.partnerAgency().trim() : null;
            action.byWhen = in.byWhen();
            action.status = in.status();
            actions.add(action);
        }
        plan.actions.clear();
        plan.actions.addAll(actions);
        plan.interventions.clear();
        plan.interventions.addAll(new LinkedHashSet<>(request.interventions()));
    }

    private static void check(PlanRequest request, SupportCase supportCase, SupportPlan plan) {
        List<FieldError> errors = new ArrayList<>();
        var ids = plan.actions.stream().map(a -> a.id).collect(Collectors.toSet());
        for (int i = 0; i < request.actions().size(); i++) {
            ActionRequest action = request.actions().get(i);
            String at = "actions[" + i + "].";
            if (action.id() != null && !ids.contains(action.id())) {
                errors.add(new FieldError(at + "id", "is not an action of this plan"));
            }
            boolean agencyGiven = action.partnerAgency() != null && !action.partnerAgency().isBlank();
            if (action.who() == ActionOwner.PARTNER && !agencyGiven) {
                errors.add(new FieldError(at + "partnerAgency", "is required when a partner agency does it"));
            }
            if (action.byWhen().isBefore(supportCase.allocatedOn)) {
                errors.add(new FieldError(at + "byWhen", "must not be before the allocation on " + supportCase.allocatedOn));
            }
        }
        Map<String, Intervention> known = Intervention.<Intervention>listAll().stream()
                .collect(Collectors.toMap(i -> i.code, Function.identity()));
        for (int i = 0; i < request.interventions().size(); i++) {
            String code = request.interventions().get(i);
            Intervention intervention = known.get(code);
            boolean alreadyUsed = plan.interventions.contains(code);
            if (intervention == null || (!intervention.enabled && !alreadyUsed)) {
                errors.add(new FieldError("interventions[" + i + "]", "is not an intervention of this service"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(Problems.of(ProblemType.VALIDATION, "Some fields are not valid.", errors));
        }
    }

    private static SupportPlan existing(SupportCase supportCase) {
        return SupportPlan.ofCase(supportCase.id).orElseThrow(() -> ApiException.notFound("plan for this case"));
    }

    /** The plan as the API answers it; unaudited: the caller writes the audit row. */
    public static PlanView view(SupportPlan plan) {
        List<InterventionView> used = plan.interventions.isEmpty() ? List.of()
                : Intervention.<Intervention>list("code in ?1", plan.interventions).stream()
                        .sorted(Comparator.comparingInt(i -> i.position)).map(InterventionView::of).toList();
        return new PlanView(plan.caseId, plan.actions.stream().map(ActionView::of).toList(), used, plan.version,
                plan.updatedAt, plan.updatedByName);
    }
}
