/**
 * The study session a launch opens. It lives in the database (any instance serves any request) and
 * the browser holds only a random bearer token, so nothing after the launch depends on cookies,
 * which browsers drop inside the LMS iframe (LTI-NOTES, cookies and iframes).
 */
package org.recall.session;
