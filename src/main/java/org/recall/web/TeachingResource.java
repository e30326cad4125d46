package org.recall.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.recall.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.recall.activity.Activities;
import org.recall.activity.Activity;
import org.recall.deck.Card;
import org.recall.deck.Deck;
import org.recall.deck.Decks;
import org.recall.deck.ExplainPrompt;
import org.recall.grade.GradeOutbox;
import org.recall.grade.GradeWorker;
import org.recall.grade.PendingScore;
import org.recall.lti.Platform;
import org.recall.lti.nrps.Member;
import org.recall.lti.nrps.NrpsClient;
import org.recall.lti.nrps.NrpsException;
import org.recall.quiz.AgsGrant;
import org.recall.session.LaunchRecord;
import org.recall.session.SessionToken;
import org.recall.session.StudySession;
import org.recall.store.PlatformTable;
import org.recall.teach.CsvTable;
import org.recall.teach.ExplainReview;
import org.recall.teach.Histogram;
import org.recall.teach.ItemAnalysis;
import org.recall.teach.StudentResult;
import org.recall.teach.TeachingStore;

/**
 * The teaching side of the launched resource link, for its instructors and administrators (403 for
 * anyone else), always scoped to the session's activity: {@code GET /api/instructor/results} (one row
 * per student) and {@code results.csv}, {@code GET /api/instructor/analysis} (item analysis, score
 * histogram, cards rated "not yet"), {@code GET /api/instructor/roster} (NRPS 2.0 membership and who
 * has not started), {@code GET /api/instructor/explain} and
 * {@code PUT /api/instructor/explain/{userSub}/{promptId}/award} (points sent as {@code FullyGraded}).
 * Rooted at {@code api} like {@link GradeResource}: a longer root path would hide its {@code instructor/grades}.
 */
@Path("api")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TeachingResource {

    private static final Logger LOG = Logger.getLogger(TeachingResource.class.getName());
    private static final NrpsClient NRPS = new NrpsClient(Duration.ofSeconds(3), Duration.ofSeconds(10));
    static final int MOST_NOT_YET = 5;

    @Inject
    SessionToken sessions;

    @Inject
    Activities activities;

    @Inject
    Decks decks;

    @Inject
    TeachingStore store;

    @Inject
    GradeWorker worker;

    @Inject
    GradeOutbox outbox;

    @Inject
    PlatformTable platforms;

    private record Scope(StudySession session, Activity activity, Deck deck) {
    }

    private Scope scope(String authorization) {
        StudySession session = sessions.requireInstructor(authorization);
        if (session.resourceLinkId() == null) {
            throw new ClientError(409, "This launch has no resource link (it is a content selection): there is no class to show.");
        }
        Activity activity = activities.forSession(session);
        Deck deck = decks.find(activity.deckId())
                .orElseThrow(() -> new ClientError(409, "The deck of this activity is no longer available."));
        return new Scope(session, activity, deck);
    }

    @GET
    @Path("instructor/results")
    public String results(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Scope s = scope(authorization);
        JsonArrayBuilder students = Json.createArrayBuilder();
        for (StudentResult r : store.results(s.activity(), s.deck())) {
            var row = Json.createObjectBuilder().add("userSub", r.userSub()).add("displayName", r.displayName())
                    .add("attempts", r.attempts()).add("timeSpentSeconds", r.timeSpentSeconds())
                    .add("cardsKnown", r.cardsKnown()).add("cardsTotal", r.cardsTotal())
                    .add("gradeSync", r.gradeSync());
            optional(row, "name", r.name());
            optional(row, "email", r.email());
            number(row, "best", r.best());
            number(row, "latest", r.latest());
            number(row, "maxScore", r.maxScore());
            var boxes = Json.createArrayBuilder();
            r.leitnerBoxes().forEach(boxes::add);
            students.add(row.add("leitnerBoxes", boxes));
        }
        return Json.createObjectBuilder().add("activity", InstructorActivityResource.json(s.activity()))
                .add("deckTitle", s.deck().title()).add("students", students).build().toString();
    }

    @GET
    @Path("instructor/results.csv")
    @Produces("text/csv")
    public Response csv(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Scope s = scope(authorization);
        CsvTable csv = new CsvTable(StudentResult.CSV_HEADER);
        store.results(s.activity(), s.deck()).forEach(r -> csv.row(r.csvCells()));
        return Response.ok(csv.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"recall-results-" + s.activity().id() + ".csv\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("instructor/analysis")
    public String analysis(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Scope s = scope(authorization);
        long id = s.activity().id();
        var items = Json.createArrayBuilder();
        for (ItemAnalysis.Item item : ItemAnalysis.of(s.deck(), store.submittedAttemptQuestions(id), store.submittedAnswers(id))) {
            var wrong = Json.createArrayBuilder();
            item.wrongOptions().forEach(w -> wrong.add(Json.createObjectBuilder().add("optionId", w.optionId())
                    .add("text", w.text()).add("chosen", w.chosen())));
            items.add(Json.createObjectBuilder().add("questionId", item.questionId()).add("prompt", item.prompt())
                    .add("attempts", item.attempts()).add("correct", item.correct()).add("unanswered", item.unanswered())
                    .add("percentCorrect", item.percentCorrect()).add("wrongOptions", wrong));
        }
        var bins = Json.createArrayBuilder();
        Histogram.of(store.attemptPercents(id), Histogram.DEFAULT_BINS).bins()
                .forEach(b -> bins.add(Json.createObjectBuilder().add("from", b.from()).add("to", b.to()).add("count", b.count())));
        var notYet = Json.createArrayBuilder();
        store.notYetCounts(id).entrySet().stream().limit(MOST_NOT_YET).forEach(e -> notYet.add(Json.createObjectBuilder()
                .add("cardId", e.getKey())
                .add("prompt", s.deck().cards().stream().filter(c -> c.id().equals(e.getKey())).map(Card::prompt)
                        .findFirst().orElse(e.getKey()))
                .add("students", e.getValue())));
        return Json.createObjectBuilder().add("questions", items).add("histogram", bins).add("notYet", notYet)
                .build().toString();
    }

    @GET
    @Path("instructor/roster")
    public String roster(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Scope s = scope(authorization);
        Optional<String> url = s.session().text(LaunchRecord.NRPS_URL);
        if (url.isEmpty()) {
            return Json.createObjectBuilder().add("available", false)
                    .add("message", "The platform did not offer its course roster (Names and Role Provisioning) in this launch.")
                    .build().toString();
        }
        Platform platform = platforms.byId(s.session().platformId())
                .orElseThrow(() -> ClientError.notFound("The platform's registration was removed."));
        List<Member> members;
        try {
            members = NRPS.members(URI.create(url.get()),
                    () -> worker.client().authorizationHeader(platform, Set.of(NrpsClient.SCOPE)));
        } catch (NrpsException | IllegalArgumentException e) {
            LOG.warning(() -> "Roster of activity " + s.activity().id() + " not read: " + e.getMessage());
            return Json.createObjectBuilder().add("available", false)
                    .add("message", "The course roster could not be read from the platform right now. Try again later.")
                    .build().toString();
        }
        Set<String> started = store.started(s.activity().id());
        var learners = Json.createArrayBuilder();
        var notStarted = Json.createArrayBuilder();
        int count = 0;
        for (Member m : members) {
            if (!m.isLearner() || !m.isActive()) {
                continue;
            }
            count++;
            boolean began = started.contains(m.userId());
            var json = Json.createObjectBuilder().add("userId", m.userId()).add("started", began)
                    .add("displayName", m.name() != null ? m.name() : m.email() != null ? m.email() : m.userId());
            optional(json, "name", m.name());
            optional(json, "email", m.email());
            JsonObject member = json.build();
            learners.add(member);
            if (!began) {
                notStarted.add(member);
            }
        }
        return Json.createObjectBuilder().add("available", true).add("learnerCount", count)
                .add("learners", learners).add("notStarted", notStarted).build().toString();
    }

    @GET
    @Path("instructor/explain")
    public String explain(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Scope s = scope(authorization);
        var prompts = Json.createArrayBuilder();
        for (ExplainPrompt p : s.deck().explainPrompts()) {
            var concepts = Json.createArrayBuilder();
            p.keyConcepts().forEach(concepts::add);
            prompts.add(Json.createObjectBuilder().add("id", p.id()).add("prompt", p.prompt()).add("keyConcepts", concepts));
        }
        var answers = Json.createArrayBuilder();
        for (ExplainReview r : store.explainAnswers(s.activity().id())) {
            var concepts = Json.createArrayBuilder();
            r.concepts().forEach(concepts::add);
            var json = Json.createObjectBuilder().add("userSub", r.userSub())
                    .add("displayName", r.name() == null ? r.userSub() : r.name())
                    .add("promptId", r.promptId()).add("text", r.text()).add("concepts", concepts)
                    .add("updatedAt", r.updatedAt().toString());
            number(json, "awardedPoints", r.awardedPoints());
            optional(json, "comment", r.comment());
            answers.add(json);
        }
        var json = Json.createObjectBuilder().add("prompts", prompts).add("answers", answers)
                .add("graded", s.activity().isGraded());
        number(json, "maxPoints", s.activity().isGraded() ? s.activity().points().doubleValue() : null);
        return json.build().toString();
    }

    /**
     * {@code {points, comment?}}: awards points to a student's explain answer. For a graded activity whose
     * launch grants the AGS score scope, the student's gradebook score becomes the quiz score by the
     * attempt policy plus every explain point awarded, at most the activity's points, sent {@code FullyGraded}.
     */
    @PUT
    @Path("instructor/explain/{userSub}/{promptId}/award")
    @Consumes(MediaType.APPLICATION_JSON)
    public String award(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("userSub") String userSub,
            @PathParam("promptId") String promptId, String body) {
        Scope s = scope(authorization);
        Activity activity = s.activity();
        if (!activity.isGraded()) {
            throw new ClientError(409, "This activity is ungraded practice: set points in its settings to award points.");
        }
        if (userSub == null || userSub.length() > 255 || promptId == null || promptId.length() > 64
                || !store.hasExplainAnswer(activity.id(), userSub, promptId)) {
            throw ClientError.notFound("This student has no answer to this prompt in this activity.");
        }
        JsonObject json = JsonBody.object(body);
        int points = JsonBody.integer(json, "points", 0, activity.points())
                .orElseThrow(() -> ClientError.badRequest("points", "Field 'points' is required."));
        String comment = JsonBody.text(json, "comment", 1000).orElse(null);
        Optional<AgsGrant> grant = AgsGrant.of(s.session().launch());
        Instant now = Instant.now();
        double total = store.inTransaction(c -> {
            TeachingStore.award(c, activity.id(), userSub, promptId, points, comment, s.session().userSub(), now);
            double quiz = activity.attemptPolicy().apply(TeachingStore.quizScores(c, activity.id(), userSub)).orElse(0);
            double given = Math.min(activity.points(), Math.round((quiz + TeachingStore.explainPoints(c, activity.id(), userSub)) * 100) / 100.0);
            if (grant.isPresent()) {
                outbox.enqueue(c, new PendingScore(activity.platformId(), activity.id(), userSub,
                        grant.get().lineItemUrl(), grant.get().lineItemsUrl(), grant.get().scopes(), given,
                        activity.points().doubleValue(), "Completed", "FullyGraded",
                        comment == null ? "Explain answers reviewed" : comment, now));
            }
            return given;
        });
        if (grant.isPresent()) {
            worker.wakeUp();
        }
        return Json.createObjectBuilder().add("userSub", userSub).add("promptId", promptId).add("awardedPoints", points)
                .add("scoreGiven", total).add("scoreMaximum", activity.points())
                .add("gradebook", grant.isPresent() ? "pending" : "none")
                .add("message", grant.isPresent() ? "Points saved; the new score is on its way to the gradebook."
                        : "Points saved. This launch did not let Recall send grades, so the gradebook is unchanged.")
                .build().toString();
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    private static void number(JsonObjectBuilder json, String name, Double value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
