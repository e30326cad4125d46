package org.recall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Arquillian starts Payara Micro, deploys the WAR the build produced, and the deployment answers
 * its two basic contracts: {@code /health} and the read-only deck API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeployIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("recall.war")));
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        var uri = URI.create(base.toString()).resolve(path);
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthIsUpOnceTheDatabaseIsMigrated() throws Exception {
        var response = get("/health");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"status\":\"UP\""), response.body());
    }

    @Test
    void theSeedDeckIsServedWithoutItsAnswerKey() throws Exception {
        var list = get("/api/decks");
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(list.body().contains("\"mlops-vs-devops\""), list.body());

        var deck = get("/api/decks/mlops-vs-devops");
        assertEquals(200, deck.statusCode(), deck.body());
        assertTrue(deck.body().contains("What is MLOps?"), deck.body());
        assertTrue(deck.body().contains("Data versioning"), deck.body());
        assertTrue(!deck.body().contains("correct"), "the public deck must carry no answer key: " + deck.body());
        assertTrue(!deck.body().contains("explanation"), "explanations come only after an attempt: " + deck.body());
    }

    @Test
    void anUnknownDeckIsA404ThatSaysSo() throws Exception {
        var response = get("/api/decks/no-such-deck");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("no-such-deck"), response.body());
    }
}
