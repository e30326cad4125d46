package org.recall.lti.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RolesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "NONE", value = {
        "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner,                      LEARNER",
        "http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor,                       LEARNER",
        "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor,                   INSTRUCTOR",
        "http://purl.imsglobal.org/vocab/lis/v2/membership#ContentDeveloper,             INSTRUCTOR",
        "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant, INSTRUCTOR",
        "http://purl.imsglobal.org/vocab/lis/v2/membership#Administrator,                ADMINISTRATOR",
        "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator,        ADMINISTRATOR",
        "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator,             ADMINISTRATOR",
        "Learner,                                                                        LEARNER",
        "Instructor,                                                                     INSTRUCTOR",
        "Administrator,                                                                  ADMINISTRATOR",
        "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Student,              NONE",
        "http://purl.imsglobal.org/vocab/lis/v2/system/person#User,                      NONE",
        "learner,                                                                        NONE",
    })
    void mapsRole(String ltiRole, Role expected) {
        assertEquals(Optional.ofNullable(expected), Roles.of(ltiRole));
    }

    @Test
    void mapsAllRolesOfAUser() {
        assertEquals(Set.of(Role.INSTRUCTOR, Role.ADMINISTRATOR), Roles.of(List.of(
                "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
                "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator",
                "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Faculty")));
        assertEquals(Set.of(), Roles.of(List.of()));
    }
}
