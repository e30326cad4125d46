// LTI Dynamic Registration 1.0 §3.7: the registration is over; tell the platform to close its window or
// iframe. The target origin is "*" as the specification shows: the message carries no secret.
(window.opener || window.parent).postMessage({ subject: 'org.imsglobal.lti.close' }, '*');
