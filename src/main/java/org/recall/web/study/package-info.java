/**
 * The study API of docs/study-api.md: JSON resources under {@code /api/study/} for the study pages,
 * each call opened by the session's bearer token. Bodies are read defensively ({@link
 * org.recall.web.JsonBody}); the quiz's answer key is written only into results
 * ({@link org.recall.web.study.QuizJson}).
 */
package org.recall.web.study;
