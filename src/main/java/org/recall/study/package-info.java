/**
 * Study modes other than the quiz, and what Recall keeps of them per student (PRODUCT.md modes 1, 3, 4):
 * Recall &amp; Review self-ratings, Leitner boxes for spaced review, explain answers, and the resume
 * state each study page stores. Everything is kept per {@link org.recall.study.Learner}: one user of
 * one activity.
 */
package org.recall.study;
