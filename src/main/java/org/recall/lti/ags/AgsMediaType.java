package org.recall.lti.ags;

/** The media types of AGS 2.0 (§3.2.1 line items, §3.3.1 results, §3.4.1 scores). */
public final class AgsMediaType {

    public static final String LINEITEM = "application/vnd.ims.lis.v2.lineitem+json";
    public static final String LINEITEM_CONTAINER = "application/vnd.ims.lis.v2.lineitemcontainer+json";
    public static final String RESULT_CONTAINER = "application/vnd.ims.lis.v2.resultcontainer+json";
    public static final String SCORE = "application/vnd.ims.lis.v1.score+json";

    private AgsMediaType() {
    }
}
