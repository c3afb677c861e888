package org.teamaround.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.teamaround.referral.check.Upn;
import org.teamaround.referral.check.UpnKind;

/** Maps between the API's records and the referral entity, field by field. */
final class ReferralMapper {

    private ReferralMapper() {}

    /** Copies what the request carries onto the referral; a part left out of a draft is cleared. */
    static void apply(ReferralRequest request, Referral referral) {
        referral.schoolUrn = request.schoolUrn();
        applyChild(request.child(), referral.child);
        referral.siblings = mapAll(request.siblings(), ReferralMapper::sibling);
        referral.carers = mapAll(request.carers(), ReferralMapper::carer);
        referral.needTags = new TreeSet<>(opt(request.needs()).map(ReferralRequest.Needs::tags).orElse(List.of()));
        referral.needsDescription = opt(request.needs()).map(ReferralRequest.Needs::description).orElse(null);
        var education = opt(request.education());
        referral.attendancePercent = education.map(ReferralRequest.Education::attendancePercent).orElse(null);
        referral.suspensionsThisYear = education.map(ReferralRequest.Education::suspensionsThisYear).orElse(null);
        referral.atRiskOfExclusion = education.map(ReferralRequest.Education::atRiskOfExclusion).orElse(null);
        referral.schoolActions = request.schoolActions();
        var knownTo = opt(request.knownTo());
        referral.knownToEarlyHelp = knownTo.map(ReferralRequest.KnownTo::earlyHelp).map(Enum::name).orElse(null);
        referral.knownToSocialCare = knownTo.map(ReferralRequest.KnownTo::socialCare).map(Enum::name).orElse(null);
        var consent = opt(request.consent());
        referral.consentGivenBy = consent.map(ReferralRequest.Consent::givenBy).orElse(null);
        referral.consentGivenOn = consent.map(ReferralRequest.Consent::givenOn).orElse(null);
        referral.consentMethod = consent.map(ReferralRequest.Consent::method).map(Enum::name).orElse(null);
        referral.consentInformationSharing = consent.map(ReferralRequest.Consent::informationSharing).orElse(null);
        referral.safeguardingConcern = Boolean.TRUE.equals(request.safeguardingConcern());
    }

    private static void applyChild(ReferralRequest.Child child, ChildDetails details) {
        var in = opt(child);
        details.firstName = in.map(ReferralRequest.Child::firstName).orElse(null);
        details.lastName = in.map(ReferralRequest.Child::lastName).orElse(null);
        details.dateOfBirth = in.map(ReferralRequest.Child::dateOfBirth).orElse(null);
        details.gender = in.map(ReferralRequest.Child::gender).map(Enum::name).orElse(null);
        details.yearGroup = in.map(ReferralRequest.Child::yearGroup).orElse(null);
        details.upn = in.map(ReferralRequest.Child::upn).orElse(null);
        details.upnTemporary = details.upn == null ? null : Upn.classify(details.upn) == UpnKind.TEMPORARY;
        details.nhsNumber = in.map(ReferralRequest.Child::nhsNumber).orElse(null);
        details.senProvision = in.map(ReferralRequest.Child::senProvision).map(Enum::name).orElse(null);
        details.primaryNeed = in.map(ReferralRequest.Child::primaryNeed).map(Enum::name).orElse(null);
        details.hasSupportPlan = in.map(ReferralRequest.Child::hasSupportPlan).orElse(null);
    }

    private static FamilyMembers.Sibling sibling(ReferralRequest.Sibling in) {
        FamilyMembers.Sibling sibling = new FamilyMembers.Sibling();
        sibling.firstName = in.firstName();
        sibling.lastName = in.lastName();
        sibling.dateOfBirth = in.dateOfBirth();
        return sibling;
    }

    private static FamilyMembers.Carer carer(ReferralRequest.Carer in) {
        FamilyMembers.Carer carer = new FamilyMembers.Carer();
        carer.name = in.name();
        carer.relationship = in.relationship();
        carer.phone = in.phone();
        carer.email = in.email();
        carer.preferredLanguage = in.preferredLanguage();
        carer.interpreterNeeded = in.interpreterNeeded();
        return carer;
    }

    static ReferralView.ChildView child(ChildDetails c) {
        return new ReferralView.ChildView(c.firstName, c.lastName, c.dateOfBirth,
                enumOf(ReferralRequest.Gender.class, c.gender), c.yearGroup, c.upn, c.upnTemporary, c.nhsNumber,
                enumOf(ReferralRequest.SenProvision.class, c.senProvision),
                enumOf(ReferralRequest.PrimaryNeed.class, c.primaryNeed), c.hasSupportPlan);
    }

    static List<ReferralRequest.Sibling> siblings(Referral r) {
        return r.siblings.stream().map(s -> new ReferralRequest.Sibling(s.firstName, s.lastName, s.dateOfBirth)).toList();
    }

    static List<ReferralRequest.Carer> carers(Referral r) {
        return r.carers.stream().map(c -> new ReferralRequest.Carer(c.name, c.relationship, c.phone, c.email,
                c.preferredLanguage, c.interpreterNeeded)).toList();
    }

    static ReferralRequest.Needs needs(Referral r) {
        return new ReferralRequest.Needs(List.copyOf(r.needTags), r.needsDescription);
    }

    static ReferralRequest.Education education(Referral r) {
        return new ReferralRequest.Education(r.attendancePercent, r.suspensionsThisYear, r.atRiskOfExclusion);
    }

    static ReferralRequest.KnownTo knownTo(Referral r) {
        return new ReferralRequest.KnownTo(enumOf(ReferralRequest.YesNoUnknown.class, r.knownToEarlyHelp),
                enumOf(ReferralRequest.YesNoUnknown.class, r.knownToSocialCare));
    }

    static ReferralRequest.Consent consent(Referral r) {
        return new ReferralRequest.Consent(r.consentGivenBy, r.consentGivenOn,
                enumOf(ReferralRequest.ConsentMethod.class, r.consentMethod), r.consentInformationSharing);
    }

    static ReferralSummary summary(Referral r, ReferralState shownState, String schoolName) {
        return new ReferralSummary(r.id, r.reference, shownState, r.schoolUrn, schoolName, r.child.firstName,
                r.child.lastName, r.createdAt, r.submittedAt, r.safeguardingNeedsAttention, List.copyOf(r.needTags));
    }

    private static <T> Optional<T> opt(T value) {
        return Optional.ofNullable(value);
    }

    private static <A, B> List<B> mapAll(List<A> in, Function<A, B> mapping) {
        return in == null ? new ArrayList<>() : new ArrayList<>(in.stream().map(mapping).toList());
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
