/**
 * A built-in LTI 1.3 platform for trying Recall without an LMS: its own issuer, RSA key, JWKS and
 * OIDC authorization endpoint, registered in the platform registry like any platform, so that a
 * demo launch goes through exactly the flow a real LMS uses (LTI 1.3 Core §4, Security Framework
 * §5.1). It also serves what Recall calls back: a gradebook through AGS 2.0 and the course roster
 * through NRPS 2.0, each for a bearer token of the demo token endpoint that carries the service's
 * scope. Off unless {@code RECALL_DEMO=true}; every endpoint answers 404 otherwise.
 */
package org.recall.demo;
