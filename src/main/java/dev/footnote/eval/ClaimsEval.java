package dev.footnote.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dev.footnote.answer.Citation;
import dev.footnote.answer.CitedAnswer;
import dev.footnote.answer.ExtractiveAnswerer;
import dev.footnote.answer.verify.SupportJudge;
import dev.footnote.corpus.Document;
import dev.footnote.retrieval.Query;
import dev.footnote.retrieval.Retriever;

/**
 * {@code eval --format claims --path <SciFact folder | WiCE claims.jsonl>}: claims asked through the answer path chat
 * uses, once as written and once as "Is it true that …?". A claim counts as answered when the answer is grounded, and
 * its evidence as quoted first when the first citation is its evidence: for SciFact an abstract its qrels name (the
 * train qrels are the tuning half, the test qrels the reported one; all abstracts are indexed); for WiCE a sentence of
 * one of its supporting sets (its article indexed with all the others; the tune half is the claims whose id hashes to
 * an even digit, as in {@code eval --format wice}), reported per label so that the claims the article does not back
 * show how often they are (wrongly) answered.
 */
final class ClaimsEval {

    /** A claim to ask, the groups it is reported in, and how to tell its evidence in a citation. */
    record Asked(String id, String text, List<String> groups, Predicate<Citation> evidence) {

        String group() {
            return groups.get(groups.size() - 1);
        }
    }

    /** The values of {@code footnote.answer.min-claim-support} the report shows the figures at. */
    private static final double[] GRID = {0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7};

    private ClaimsEval() {
    }

    static int run(Class<?> application, CommandLine line) {
        Path path = Path.of(line.required("path"));
        List<Document> documents;
        List<Asked> claims;
        if (Files.isDirectory(path)) {
            EvalDataset train = new BeirLoader().load(path, "train");
            EvalDataset test = new BeirLoader().load(path, "test");
            Map<String, String> labels = SciFactLabels.read(path);
            documents = test.documents();
            claims = new ArrayList<>();
            train.questions().forEach(q -> claims.add(scifact(q, "tune (train qrels)", labels)));
            test.questions().forEach(q -> claims.add(scifact(q, "test (test qrels)", labels)));
        } else {
            List<WiceLoader.Claim> wice = new WiceLoader().load(path);
            documents = wice.stream().map(c -> c.article().document()).distinct().toList();
            claims = wice.stream().map(ClaimsEval::wice).toList();
        }
        System.out.printf("Loaded %s: %d documents, %d claims%n", path.getFileName(), documents.size(), claims.size());
        try (Harness harness = Harness.start(application, line.springArgs())) {
            if (!harness.loadUnlessKept(documents)) {
                return 2;
            }
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("file", path.getFileName().toString());
            report.put("settings", harness.settings());
            Map<String, List<Asked>> groups = new LinkedHashMap<>();
            claims.forEach(c -> c.groups().forEach(g -> groups.computeIfAbsent(g, k -> new ArrayList<>()).add(c)));
            groups.forEach((group, asked) -> {
                Map<String, Object> figures = new LinkedHashMap<>();
                figures.put("claims", asked.size());
                figures.put("asWritten", figures(harness, group, asked, false));
                figures.put("isItTrue", figures(harness, group, asked, true));
                report.put(group, figures);
                System.out.println(group + ": " + figures);
            });
            EvalCommand.writeIfAsked(line, report);
        }
        return 0;
    }

    /** A SciFact claim, reported with its half and again with its half and label (what its abstracts say of it). */
    private static Asked scifact(EvalQuestion q, String half, Map<String, String> labels) {
        Set<String> relevant = q.relevant().keySet();
        return new Asked(q.id(), q.text(), List.of(half, half + ": " + labels.getOrDefault(q.id(), SciFactLabels.NOT_ENOUGH_INFO)),
                c -> relevant.contains(c.documentId()));
    }

    private static Asked wice(WiceLoader.Claim claim) {
        List<WiceLoader.SentenceAt> gold = claim.supportingSets().stream().flatMap(List::stream).distinct()
                .filter(i -> i > 0 && i < claim.article().sentences().size())
                .map(i -> claim.article().sentences().get(i)).toList();
        String half = WiceEval.inTunePart(claim) ? "tune" : "test";
        return new Asked(claim.id(), claim.text(), List.of(claim.label() + " " + half), c -> gold.stream().anyMatch(at ->
                at.passageId().equals(c.passageId()) && (c.start() <= at.start() && at.end() <= c.end()
                        || at.start() <= c.start() && c.end() <= at.end())));
    }

    /**
     * Answered share, evidence quoted first (of all asked), evidence cited at all, evidence shown with a refusal, p50;
     * then the answered share and evidence quoted first had {@code min-claim-support} been each value of a grid, to
     * choose it on the tuning half.
     */
    private static Map<String, Object> figures(Harness harness, String group, List<Asked> claims, boolean isItTrue) {
        ExtractiveAnswerer answerer = harness.bean(ExtractiveAnswerer.class);
        Retriever retriever = harness.bean(Retriever.class);
        int passages = harness.answerService().passagesPerAnswer();
        int answered = 0;
        int evidenceFirst = 0;
        int evidenceCited = 0;
        int refusedWithEvidence = 0;
        int[] answeredAt = new int[GRID.length];
        int[] firstAt = new int[GRID.length];
        List<Double> millis = new ArrayList<>();
        for (Asked claim : claims) {
            Query query = new Query(isItTrue ? "Is it true that " + lowerFirst(claim.text().strip().replaceAll("[.!]+$", "")) + "?"
                    : claim.text());
            long started = System.nanoTime();
            ExtractiveAnswerer.Decision decision = answerer.decideForTuning(query, retriever.retrieve(query, passages));
            millis.add((System.nanoTime() - started) / 1e6);
            CitedAnswer answer = decision.answer();
            List<Citation> citations = answer.citations();
            boolean first = !citations.isEmpty() && claim.evidence().test(citations.get(0));
            boolean any = citations.stream().anyMatch(claim.evidence());
            answered += answer.grounded() ? 1 : 0;
            evidenceFirst += answer.grounded() && first ? 1 : 0;
            evidenceCited += any ? 1 : 0;
            refusedWithEvidence += !answer.grounded() && any ? 1 : 0;
            SupportJudge.Support judged = decision.focus();
            if (claim.group().equals(group)) {
                dump(claim, isItTrue, judged, answer, first);
            }
            for (int i = 0; i < GRID.length; i++) {
                // Only a claim's decision has a threshold of its own; anything else answers as it did.
                boolean at = judged == null || !ExtractiveAnswerer.answersAsClaim(query.retrievalText()) ? answer.grounded()
                        : judged.score() >= GRID[i] && !judged.contradicted();
                answeredAt[i] += at ? 1 : 0;
                firstAt[i] += at && first ? 1 : 0;
            }
        }
        double n = Math.max(1, claims.size());
        millis.sort(Double::compare);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("answered", round(answered / n));
        f.put("answeredWithEvidenceFirst", round(evidenceFirst / n));
        f.put("evidenceCited", round(evidenceCited / n));
        f.put("refusedShowingEvidence", round(refusedWithEvidence / n));
        f.put("p50ms", millis.isEmpty() ? 0 : round(millis.get(millis.size() / 2)));
        Map<String, String> curve = new LinkedHashMap<>();
        for (int i = 0; i < GRID.length; i++) {
            curve.put(String.valueOf(GRID[i]), round(answeredAt[i] / n) + " / " + round(firstAt[i] / n));
        }
        f.put("minClaimSupport -> answered / evidence first", curve);
        return f;
    }

    /**
     * With {@code -Dclaims.dump=<file>}, one line per claim asked (group, form, id, judge score, contradicted, the
     * unbacked words by kind, answered, evidence first, claim, first quote), to study the decision on the tuning half.
     */
    private static void dump(Asked claim, boolean isItTrue, SupportJudge.Support judged, CitedAnswer answer, boolean first) {
        String file = System.getProperty("claims.dump");
        if (file == null) {
            return;
        }
        String unbacked = judged == null ? "" : judged.unsupported().stream()
                .map(w -> w.kind() + ":" + w.text()).collect(Collectors.joining(" "));
        String quote = answer.citations().isEmpty() ? "" : answer.citations().get(0).quote();
        String row = String.join("\t", claim.group(), isItTrue ? "isItTrue" : "asWritten", claim.id(),
                judged == null ? "" : String.valueOf(judged.score()), String.valueOf(judged != null && judged.contradicted()),
                unbacked, String.valueOf(answer.grounded()), String.valueOf(first),
                claim.text().replaceAll("\\s+", " "), quote.replaceAll("\\s+", " ")) + "\n";
        try {
            Files.writeString(Path.of(file), row, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** "Arctic sea ice …" stays as it is; "The …" becomes "the …" after "Is it true that". */
    private static String lowerFirst(String claim) {
        if (claim.length() > 1 && Character.isUpperCase(claim.charAt(0)) && Character.isLowerCase(claim.charAt(1))
                && claim.indexOf(' ') > 0 && claim.substring(0, claim.indexOf(' ')).matches("(?i)the|a|an|this|these|it|there|in|most|many|some|all")) {
            return Character.toLowerCase(claim.charAt(0)) + claim.substring(1);
        }
        return claim;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
