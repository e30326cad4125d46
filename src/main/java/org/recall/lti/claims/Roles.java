package org.recall.lti.claims;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps the roles claim (LTI 1.3 Core §5.3.7, role vocabularies in Appendix A.2) to Recall's roles.
 * Context roles arrive as full URIs ({@code http://purl.imsglobal.org/vocab/lis/v2/membership#Learner}),
 * sub-roles as {@code membership/Instructor#TeachingAssistant}; NRPS and older platforms send the
 * short forms ({@code Learner}). Unknown roles are ignored.
 */
public final class Roles {

    private static final String LIS = "http://purl.imsglobal.org/vocab/lis/v2/";
    private static final String MEMBERSHIP = LIS + "membership#";

    private static final Map<String, Role> KNOWN = Map.ofEntries(
            Map.entry(MEMBERSHIP + "Learner", Role.LEARNER),
            Map.entry(MEMBERSHIP + "Mentor", Role.LEARNER),
            Map.entry(MEMBERSHIP + "Instructor", Role.INSTRUCTOR),
            Map.entry(MEMBERSHIP + "ContentDeveloper", Role.INSTRUCTOR),
            Map.entry(LIS + "membership/Instructor#TeachingAssistant", Role.INSTRUCTOR),
            Map.entry(MEMBERSHIP + "Administrator", Role.ADMINISTRATOR),
            Map.entry(LIS + "institution/person#Administrator", Role.ADMINISTRATOR),
            Map.entry(LIS + "system/person#Administrator", Role.ADMINISTRATOR),
            Map.entry("Learner", Role.LEARNER),
            Map.entry("Instructor", Role.INSTRUCTOR),
            Map.entry("Administrator", Role.ADMINISTRATOR));

    private Roles() {
    }

    public static Optional<Role> of(String ltiRole) {
        return Optional.ofNullable(KNOWN.get(ltiRole.trim()));
    }

    public static Set<Role> of(Collection<String> ltiRoles) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        ltiRoles.forEach(ltiRole -> of(ltiRole).ifPresent(roles::add));
        return Set.copyOf(roles);
    }
}
