package org.recall.testplatform;

import java.time.Instant;
import java.util.Map;

/** The claims a platform of each {@link Profile} sends: a resource link launch, turned into a deep linking request. */
final class ProfileClaims {

    private ProfileClaims() {
    }

    static Map<String, Object> resourceLinkRequest(TestPlatform platform, Instant now) {
        return switch (platform.profile()) {
            case MOODLE -> MoodleClaims.resourceLinkRequest(platform, now);
            case CANVAS -> CanvasClaims.resourceLinkRequest(platform, now);
            case STRICT -> StrictClaims.resourceLinkRequest(platform, now);
        };
    }

    static void toDeepLinkingRequest(TestPlatform platform, Map<String, Object> claims) {
        switch (platform.profile()) {
            case MOODLE -> MoodleClaims.toDeepLinkingRequest(claims);
            case CANVAS -> CanvasClaims.toDeepLinkingRequest(platform, claims);
            case STRICT -> StrictClaims.toDeepLinkingRequest(platform, claims);
        }
    }
}
