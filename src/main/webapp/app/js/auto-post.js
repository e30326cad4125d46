// Posts the page's form at once: the demo platform's answer to the authorization request (OIDC form_post,
// LTI 1.3 Core §4.1), as an LMS's page does. A file of its own: the pages' Content-Security-Policy runs no inline script.
document.getElementById('lti-launch').submit();
