-- Issue 17, finding 2 (with issue 12): the origins (scheme, host, port) on which a platform's services (AGS,
-- NRPS) may be called, as an administrator set them. No row for a platform: the origins of its issuer and
-- registered endpoints. Canvas serves its services on the school's own host, which an administrator adds here.
CREATE TABLE platform_service_origin (
    platform_id  BIGINT       NOT NULL REFERENCES platform (id) ON DELETE CASCADE,
    origin       VARCHAR(300) NOT NULL,
    PRIMARY KEY (platform_id, origin)
);
