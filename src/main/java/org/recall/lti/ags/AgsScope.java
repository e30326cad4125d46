package org.recall.lti.ags;

import java.util.Set;
import java.util.TreeSet;

/** The AGS scopes (AGS 2.0 §3.1) a tool may ask a token for, among those the launch claim granted. */
public final class AgsScope {

    public static final String LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    public static final String LINEITEM_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";
    public static final String RESULT_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";
    public static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

    private AgsScope() {
    }

    /**
     * The scopes to request: those wanted that the launch granted (Security Framework §4.1: a tool
     * asks only for what it was given). Sorted, so that equal sets make equal cache keys.
     */
    public static Set<String> requestable(Set<String> wanted, Set<String> granted) {
        var scopes = new TreeSet<>(wanted);
        scopes.retainAll(granted);
        return scopes;
    }
}
