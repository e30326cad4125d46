package org.recall.lti.launch;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.recall.lti.keys.PlatformKeys;
import org.recall.lti.login.LoginInitiation;
import org.recall.lti.login.LoginRedirect;
import org.recall.testplatform.IdTokenBuilder;
import org.recall.testplatform.InMemoryLoginStateStore;
import org.recall.testplatform.InMemoryPlatformRegistry;
import org.recall.testplatform.TestPlatform;

/** One platform, the tool's stores and validator, wired as the application will wire them. */
final class LaunchFixture implements AutoCloseable {

    /** What the browser carries from login to launch. */
    record Login(String state, String nonce) {
    }

    final Clock clock = Clock.systemUTC();
    final TestPlatform platform = new TestPlatform();
    final InMemoryPlatformRegistry registry = new InMemoryPlatformRegistry(platform.platform());
    final InMemoryLoginStateStore states = new InMemoryLoginStateStore(clock);
    final PlatformKeys keys = new PlatformKeys(Duration.ofSeconds(3));
    final LoginInitiation loginInitiation = new LoginInitiation(registry, states, clock);
    final LaunchValidator validator = new LaunchValidator(registry, states, keys, clock);

    Map<String, String> loginRequest() {
        Map<String, String> request = new HashMap<>();
        request.put("iss", TestPlatform.ISSUER);
        request.put("login_hint", "2");
        request.put("target_link_uri", TestPlatform.TOOL_BASE + "/lti/launch");
        request.put("lti_message_hint", "{\"cmid\":7,\"launchid\":\"ltilaunch1_1\"}");
        request.put("client_id", TestPlatform.CLIENT_ID);
        request.put("lti_deployment_id", TestPlatform.DEPLOYMENT_ID);
        return request;
    }

    Login login() throws LaunchException {
        LoginRedirect redirect = loginInitiation.initiate(loginRequest(), URI.create(TestPlatform.TOOL_BASE));
        return new Login(redirect.state(), query(redirect.authorizationUri()).get("nonce"));
    }

    /** A valid id_token for this login, to be changed by the test. */
    IdTokenBuilder idToken(Login login) {
        return platform.idToken().nonce(login.nonce());
    }

    Launch launch(Login login, String idToken) throws LaunchException {
        return validator.validate(idToken, login.state(), login.state());
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(decode(parts[0]), decode(parts[1]));
        }
        return parameters;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        platform.close();
    }
}
