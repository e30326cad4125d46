/**
 * One small immutable type per LTI claim, named after the specification, each holding its claim
 * URI as a constant ({@code CLAIM}) and a sample payload in its Javadoc. Claims without a type of
 * their own are named in {@link org.recall.lti.claims.LtiClaims}.
 *
 * <p>Specifications: LTI 1.3 Core §5.3 and §5.4 (imsglobal.org/spec/lti/v1p3), LTI Deep Linking 2.0
 * §4.4 (imsglobal.org/spec/lti-dl/v2p0), LTI AGS 2.0 §3.1 (imsglobal.org/spec/lti-ags/v2p0),
 * LTI NRPS 2.0 §3.6.1 (imsglobal.org/spec/lti-nrps/v2p0).
 */
package org.recall.lti.claims;
