/**
 * The quiz (PRODUCT.md mode 2): attempts, grading on the server, attempt policies and the result a
 * student may see. The correct options and explanations of a deck reach the browser only through a
 * {@link org.recall.quiz.QuizResult} of a submitted attempt, and only when
 * {@link org.recall.quiz.AnswerVisibility} allows it. A submission is graded, stored and, for a graded
 * activity launched with an AGS claim, written to the grade outbox in one transaction (LTI Assignment
 * and Grade Services 2.0 §3.4).
 */
package org.recall.quiz;
