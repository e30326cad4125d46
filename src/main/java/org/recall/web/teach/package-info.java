/**
 * The teaching side of a launched resource link, for its instructors and administrators (403 for anyone
 * else), always scoped to the session's activity: results and their CSV, item analysis, the NRPS roster,
 * explain answers with awarded points, grade sync, activity settings and deck uploads. Resources
 * that share {@code api/instructor} are rooted at {@code api}: a root path of {@code api/instructor}
 * would hide the longer roots such as {@code api/instructor/grades} (JAX-RS picks the root resource
 * first and does not come back, JAX-RS 3.1 §3.7.2).
 */
package org.recall.web.teach;
