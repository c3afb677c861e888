package org.teamaround.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** The referred child as the school describes them. */
@Embeddable
public class ChildDetails {

    @Column(name = "child_first_name")
    public String firstName;

    @Column(name = "child_last_name")
    public String lastName;

    @Column(name = "child_date_of_birth")
    public LocalDate dateOfBirth;

    @Column(name = "child_gender")
    public String gender;

    @Column(name = "child_year_group")
    public Integer yearGroup;

    @Column(name = "child_upn")
    public String upn;

    @Column(name = "child_upn_temporary")
    public Boolean upnTemporary;

    @Column(name = "child_nhs_number")
    public String nhsNumber;

    @Column(name = "child_sen_provision")
    public String senProvision;

    @Column(name = "child_primary_need")
    public String primaryNeed;

    @Column(name = "child_has_support_plan")
    public Boolean hasSupportPlan;

    @Override
    public String toString() {
        return "ChildDetails[personal data hidden]";
    }
}
