-- Activities per deployment and course (issue 17). Portable SQL for H2 2.2 and PostgreSQL 15.
-- LTI 1.3 Core §5.3.5: a resource link id is unique within a deployment only, so an activity is
-- (platform, deployment, resource link id), and it keeps the course (context id) it was made in.
ALTER TABLE activity ADD COLUMN deployment_id VARCHAR(255);
ALTER TABLE activity ADD COLUMN context_id VARCHAR(255);

-- Existing activities: the deployment and course their live study sessions name, when they name one only...
UPDATE activity SET deployment_id = (SELECT MIN(s.deployment_id) FROM study_session s
        WHERE s.platform_id = activity.platform_id AND s.resource_link_id = activity.resource_link_id)
    WHERE (SELECT COUNT(DISTINCT s.deployment_id) FROM study_session s
        WHERE s.platform_id = activity.platform_id AND s.resource_link_id = activity.resource_link_id) = 1;
UPDATE activity SET context_id = (SELECT MIN(s.context_id) FROM study_session s
        WHERE s.platform_id = activity.platform_id AND s.resource_link_id = activity.resource_link_id)
    WHERE (SELECT COUNT(DISTINCT s.context_id) FROM study_session s
        WHERE s.platform_id = activity.platform_id AND s.resource_link_id = activity.resource_link_id) = 1;
-- ...else the platform's deployment when it has exactly one.
UPDATE activity SET deployment_id = (SELECT MIN(d.deployment_id) FROM deployment d WHERE d.platform_id = activity.platform_id)
    WHERE deployment_id IS NULL
      AND (SELECT COUNT(*) FROM deployment d WHERE d.platform_id = activity.platform_id) = 1;
-- What remains NULL is claimed, deployment and course, by the first launch of its link after this migration.

ALTER TABLE activity DROP CONSTRAINT activity_resource_link;
ALTER TABLE activity ADD CONSTRAINT activity_link UNIQUE (platform_id, resource_link_id, deployment_id);
