/**
 * What an operator's monitoring reads at {@code /metrics} (Prometheus text format 0.0.4): launches by
 * result, quiz submits, study sessions, grade delivery, NRPS reads, JWKS fetches, the database pool and
 * the JVM. Micrometer's Prometheus registry keeps the meters; names and labels are listed in
 * docs/operations.md. No label ever holds a user identifier: platforms are named by their numeric id.
 */
package org.recall.metrics;
