// The benchmark's reference tool (docs/benchmarks.md): an LTI 1.3 tool on ltijs 5.9.9 with PostgreSQL
// (ltijs-sequelize), doing what Recall does in a launch: OIDC login, id_token validation, then the
// study page after the redirect. Started by org.recall.bench.LtijsReference with its settings in the
// environment; registers the benchmark's test platform at start.
const path = require('path');
const lti = require('ltijs').Provider;
const Database = require('ltijs-sequelize');

const env = process.env;
const db = new Database(env.LTIJS_DB_NAME, env.LTIJS_DB_USER, env.LTIJS_DB_PASSWORD, {
  host: '127.0.0.1',
  port: Number(env.LTIJS_DB_PORT),
  dialect: 'postgres',
  logging: false,
  pool: { max: 32, min: 2 }
});

// Cookies as an LMS iframe needs them (cross-site); the load generator returns them like a browser.
lti.setup(env.LTIJS_KEY, { plugin: db }, {
  appRoute: '/', loginRoute: '/login', cookies: { secure: true, sameSite: 'None' }, devMode: false
});

const studyPage = path.resolve(env.LTIJS_STUDY_PAGE);
lti.onConnect((token, req, res) => res.sendFile(studyPage));

(async () => {
  await lti.deploy({ port: Number(env.LTIJS_PORT), silent: true });
  await lti.registerPlatform({
    url: env.LTIJS_ISSUER,
    name: 'benchmark platform',
    clientId: env.LTIJS_CLIENT_ID,
    authenticationEndpoint: env.LTIJS_AUTH_URL,
    accesstokenEndpoint: env.LTIJS_TOKEN_URL,
    authConfig: { method: 'JWK_SET', key: env.LTIJS_JWKS_URL }
  });
  console.log('ltijs reference ready on port ' + env.LTIJS_PORT);
})().catch((e) => { console.error(e); process.exit(1); });
