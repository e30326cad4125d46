/**
 * SCORM packages of a deck: the study UI of {@code src/main/webapp/app/}, the SCORM runtime adapter
 * and manifest templates of {@code scorm-package/}, and the deck with its answer key (in SCORM the quiz
 * is scored in the browser), zipped as one SCO.
 *
 * <p>Specifications: ADL SCORM 1.2 (Content Aggregation Model, Run-Time Environment: {@code API},
 * {@code cmi.core.*}, {@code adlcp:masteryscore}) and ADL SCORM 2004 4th Edition (CAM, RTE:
 * {@code API_1484_11}, {@code cmi.*}; Sequencing and Navigation for the primary objective), over IMS
 * Content Packaging 1.1.2 / 1.1.4.
 *
 * <p>The same code builds the zips at build time ({@link org.recall.scorm.ScormBuild}, run by Maven
 * in the {@code package} phase) and on request ({@code GET /api/decks/{id}/scorm}).
 */
package org.recall.scorm;
