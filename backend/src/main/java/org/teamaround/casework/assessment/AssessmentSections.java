package org.teamaround.casework.assessment;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.teamaround.common.error.Problem.FieldError;

/** The parts of a holistic family assessment, each free text; a completed assessment has them all. */
@Schema(name = "AssessmentSections")
public record AssessmentSections(
        @Size(max = 20000) @Schema(description = "The child's needs") String childNeeds,
        @Size(max = 20000) @Schema(description = "Parenting capacity") String parentingCapacity,
        @Size(max = 20000) @Schema(description = "Family and environmental factors") String familyEnvironment,
        @Size(max = 20000) String strengths,
        @Size(max = 20000) String risks,
        @Size(max = 20000) @Schema(description = "The child's wishes and feelings") String wishesAndFeelings,
        @Size(max = 20000) @Schema(description = "Future aspirations (Preparing for Adulthood)") String aspirations,
        @Size(max = 20000) @Schema(description = "The school's input") String schoolInput,
        @Size(max = 20000) @Schema(description = "The family network and contingency") String familyNetwork) {

    static final AssessmentSections EMPTY = new AssessmentSections(null, null, null, null, null, null, null, null, null);

    /** Each section by its field name, in the order of the form. */
    Map<String, String> byName() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("childNeeds", childNeeds);
        sections.put("parentingCapacity", parentingCapacity);
        sections.put("familyEnvironment", familyEnvironment);
        sections.put("strengths", strengths);
        sections.put("risks", risks);
        sections.put("wishesAndFeelings", wishesAndFeelings);
        sections.put("aspirations", aspirations);
        sections.put("schoolInput", schoolInput);
        sections.put("familyNetwork", familyNetwork);
        return sections;
    }

    /** The sections a completed assessment still lacks. */
    List<FieldError> missing() {
        List<FieldError> missing = new ArrayList<>();
        byName().forEach((name, text) -> {
            if (text == null || text.isBlank()) {
                missing.add(new FieldError("sections." + name, "is required to complete the assessment"));
            }
        });
        return missing;
    }
}
