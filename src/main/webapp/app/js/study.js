// The study page after an LTI launch: the session token from the address, the LTI runtime (the tool's
// study API). The SCORM package's launch page starts the same page with its own runtime (scorm-start.js).
import { takeSessionToken } from './session-token.js';
import { createLtiRuntime } from './runtime/lti.js';
import { RuntimeError } from './runtime/runtime.js';
import { startStudyPage } from './study-page.js';

startStudyPage(() => {
  const token = takeSessionToken();
  if (!token) throw new RuntimeError('error.noSession', null, 0);
  return createLtiRuntime(token);
});
