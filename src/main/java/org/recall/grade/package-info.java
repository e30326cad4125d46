/**
 * Scores on their way to the platform's gradebook (LTI Assignment and Grade Services 2.0 §3.4): an
 * outbox row written in the same transaction as the attempt it comes from, and the worker that
 * delivers rows through the AGS client, retrying until the platform accepts or refuses for good.
 */
package org.recall.grade;
