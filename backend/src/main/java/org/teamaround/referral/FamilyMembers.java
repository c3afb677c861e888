package org.teamaround.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** The other people a referral names: the child's siblings and their parents or carers. */
final class FamilyMembers {

    private FamilyMembers() {}

    /** A sibling, counted as a child supported. */
    @Embeddable
    public static class Sibling {
        @Column(name = "first_name")
        public String firstName;

        @Column(name = "last_name")
        public String lastName;

        @Column(name = "date_of_birth")
        public LocalDate dateOfBirth;

        @Override
        public String toString() {
            return "Sibling[personal data hidden]";
        }
    }

    /** A parent or carer, with how to reach them. */
    @Embeddable
    public static class Carer {
        public String name;
        public String relationship;
        public String phone;
        public String email;

        @Column(name = "preferred_language")
        public String preferredLanguage;

        @Column(name = "interpreter_needed")
        public Boolean interpreterNeeded;

        @Override
        public String toString() {
            return "Carer[personal data hidden]";
        }
    }
}
