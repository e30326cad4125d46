package org.recall.lti.keys;

import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import org.recall.lti.http.PlatformAnswer;
import org.recall.lti.http.PlatformHttp;

/**
 * Fetches a platform's JWK Set for Nimbus' {@code JWKSourceBuilder} through the bounded {@link PlatformHttp}:
 * one deadline for the whole answer (Nimbus' own retriever times each read, so a key set sent a byte at a
 * time would hold the launch), a size limit, no redirects. The set is read by its body: platforms serve it
 * as {@code application/json}, {@code application/jwk-set+json} or, behind some proxies, {@code text/plain}.
 */
final class KeySetRetriever implements ResourceRetriever {

    private final PlatformHttp http;
    private final int sizeLimit;

    KeySetRetriever(PlatformHttp http, int sizeLimit) {
        this.http = http;
        this.sizeLimit = sizeLimit;
    }

    @Override
    public Resource retrieveResource(URL url) throws IOException {
        PlatformAnswer answer;
        try {
            answer = http.send(http.request(url.toURI()).header("Accept", "application/json").GET().build(), sizeLimit);
        } catch (URISyntaxException e) {
            throw new IOException("The JWKS URL is not a URI", e);
        }
        if (!answer.isSuccess()) {
            throw new IOException("The JWKS URL answered HTTP " + answer.status());
        }
        return new Resource(answer.text(), null);
    }
}
