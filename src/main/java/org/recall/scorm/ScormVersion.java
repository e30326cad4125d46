package org.recall.scorm;

import java.util.Arrays;
import java.util.Optional;

/** The SCORM editions Recall packages for, with the names they carry in URLs, files and the package. */
public enum ScormVersion {

    /** ADL SCORM 1.2: API object {@code API}, {@code cmi.suspend_data} at most 4,096 characters. */
    SCORM_12("1.2", "scorm12", 4096),
    /** ADL SCORM 2004 4th Edition: API object {@code API_1484_11}, {@code cmi.suspend_data} up to 64,000 characters. */
    SCORM_2004("2004", "scorm2004", 64000);

    private final String parameter;
    private final String folder;
    private final int suspendDataLimit;

    ScormVersion(String parameter, String folder, int suspendDataLimit) {
        this.parameter = parameter;
        this.folder = folder;
        this.suspendDataLimit = suspendDataLimit;
    }

    /** The value of {@code ?version=} and of the package's own {@code scormVersion}: "1.2" or "2004". */
    public String parameter() {
        return parameter;
    }

    /** The short name used in zip names and in {@code scorm-package/} folders: "scorm12", "scorm2004". */
    public String folder() {
        return folder;
    }

    public int suspendDataLimit() {
        return suspendDataLimit;
    }

    public static Optional<ScormVersion> fromParameter(String value) {
        return Arrays.stream(values()).filter(version -> version.parameter.equals(value)).findFirst();
    }
}
