package org.recall.lti.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pins the Nimbus 10 messages we map, so a Nimbus upgrade that changes them fails here first. */
class IdTokenClaimsVerifierTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "JWT missing required claims: [aud, exp] | MISSING_REQUIRED_CLAIM",
        "JWT missing required aud claim          | WRONG_AUDIENCE",
        "JWT aud claim rejected                  | WRONG_AUDIENCE",
        "JWT before use time                     | NOT_YET_VALID",
        "JWT has prohibited claims: [x]          | CLAIM_MALFORMED",
    })
    void mapsNimbusMessage(String message, LaunchError expected) {
        assertEquals(expected, IdTokenClaimsVerifier.errorFor(message));
    }
}
