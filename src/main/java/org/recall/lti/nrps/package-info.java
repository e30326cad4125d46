/**
 * Names and Role Provisioning Services 2.0 ({@code imsglobal.org/spec/lti-nrps/v2p0}): reads the
 * context membership of a course, page by page (§2.4.2 {@code Link: <...>; rel="next"}), with a
 * token for the {@code contextmembership.readonly} scope. Framework-free: java.net.http and Nimbus JSON.
 */
package org.recall.lti.nrps;
