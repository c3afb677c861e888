package org.teamaround.me;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.teamaround.common.security.CurrentUser;
import org.teamaround.school.School;

/** Reads the caller from their access token, and their school's name from the service's own records. */
@ApplicationScoped
class MeService {

    @Inject
    CurrentUser user;

    @Transactional
    Me current() {
        String schoolName = School.findByUrn(user.schoolUrn()).map(school -> school.name).orElse(null);
        return new Me(user.id(), user.username(), user.displayName(), user.roles(),
                user.schoolUrn(), schoolName, user.agency(), user.area());
    }
}
