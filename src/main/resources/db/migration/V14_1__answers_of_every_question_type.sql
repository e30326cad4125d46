-- Issue 14: quiz questions of six types. An answer is no longer always an option id: quiz_answer.response
-- holds the answer as the study API takes it (JSON: "a", ["a","c"], true, "Tokyo", 9.81, {"p1":"Madrid"}),
-- and credit the share of the question earned (0 to 1; multiple answer and matching give partial credit).
-- option_id stays for single-choice answers and becomes optional. Answers stored before hold an option id:
-- their response is that id as a JSON string (ids are [a-z0-9-], nothing to escape) and their credit is
-- 1 or 0 as they were graded; answers of open attempts (correct still NULL) get their credit at submit.
ALTER TABLE quiz_answer ADD COLUMN response VARCHAR(8000);
ALTER TABLE quiz_answer ADD COLUMN credit DOUBLE PRECISION;
UPDATE quiz_answer SET response = '"' || option_id || '"',
    credit = CASE WHEN correct THEN 1.0 WHEN NOT correct THEN 0.0 ELSE NULL END;
ALTER TABLE quiz_answer ALTER COLUMN response SET NOT NULL;
ALTER TABLE quiz_answer ALTER COLUMN option_id DROP NOT NULL;
