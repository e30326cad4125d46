/**
 * The teaching side of an activity (issue 7, "Instructor"): results per student, the roster compared
 * with who started (NRPS 2.0), item analysis and the explain answers an instructor reads and may award
 * points to (sent to the gradebook as {@code FullyGraded}, AGS 2.0 §3.4). Everything here is scoped to
 * one activity, the resource link of the instructor's launch.
 */
package org.recall.teach;
