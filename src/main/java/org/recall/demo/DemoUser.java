package org.recall.demo;

import java.util.List;
import java.util.Optional;

/** The people of the demo course, as a platform would describe them in a launch. */
enum DemoUser {
    STUDENT("demo-student-1", "Alex Student", "Alex", "Student", "alex.student@demo.invalid",
            "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"),
    INSTRUCTOR("demo-instructor-1", "Sam Teacher", "Sam", "Teacher", "sam.teacher@demo.invalid",
            "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor");

    final String subject;
    final String name;
    final String givenName;
    final String familyName;
    final String email;
    final String role;

    DemoUser(String subject, String name, String givenName, String familyName, String email, String role) {
        this.subject = subject;
        this.name = name;
        this.givenName = givenName;
        this.familyName = familyName;
        this.email = email;
        this.role = role;
    }

    List<String> roles() {
        return List.of(role);
    }

    /** The login hint the demo sends is the user's name in lower case: "student" or "instructor". */
    String loginHint() {
        return name().toLowerCase();
    }

    static Optional<DemoUser> bySubject(String subject) {
        for (DemoUser user : values()) {
            if (user.subject.equals(subject)) {
                return Optional.of(user);
            }
        }
        return Optional.empty();
    }

    static Optional<DemoUser> byLoginHint(String hint) {
        for (DemoUser user : values()) {
            if (user.loginHint().equals(hint)) {
                return Optional.of(user);
            }
        }
        return Optional.empty();
    }
}
