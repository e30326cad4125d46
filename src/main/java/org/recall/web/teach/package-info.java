/**
 * The teaching side of a launched resource link, for its instructors and administrators (403 for anyone
 * else), always scoped to the session's activity: results and their CSV, item analysis, the NRPS roster,
 * and explain answers with awarded points. Each resource is rooted at {@code api} like
 * {@link org.recall.web.GradeResource}: a longer root path would hide its {@code instructor/grades}
 * (JAX-RS matches the root path first and does not come back).
 */
package org.recall.web.teach;
