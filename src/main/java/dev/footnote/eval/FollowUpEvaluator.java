package dev.footnote.eval;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.footnote.answer.Citation;
import dev.footnote.chat.ChatReply;
import dev.footnote.chat.ChatService;

/** Replays follow-up chains through the chat service and counts the follow-ups resolved. */
final class FollowUpEvaluator {

    private static final Logger log = LoggerFactory.getLogger(FollowUpEvaluator.class);

    private final ChatService chat;

    FollowUpEvaluator(ChatService chat) {
        this.chat = chat;
    }

    /** @param articles the SQuAD article titles indexed; chains about other articles (or the seed) are skipped */
    FollowUps evaluate(FollowUpChains chains, Set<String> articles) {
        int replayed = 0;
        int followUps = 0;
        int resolved = 0;
        int answered = 0;
        int withGold = 0;
        int contained = 0;
        for (FollowUpChains.Chain chain : chains.chains()) {
            if (!"squad".equals(chain.corpus()) || !articles.contains(chain.article())) {
                continue;
            }
            replayed++;
            String conversation = null;
            for (int i = 0; i < chain.turns().size(); i++) {
                FollowUpChains.Step step = chain.turns().get(i);
                ChatReply reply = chat.chat(step.question(), conversation);
                conversation = reply.conversationId();
                if (i == 0) {
                    continue;
                }
                followUps++;
                boolean ok = step.refersTo() != null && reply.retrievalQuery().toLowerCase(Locale.ROOT)
                        .contains(step.refersTo().toLowerCase(Locale.ROOT));
                resolved += ok ? 1 : 0;
                if (!ok) {
                    log.info("Unresolved follow-up: '{}' became '{}' (expected it to name '{}')", step.question(),
                            reply.retrievalQuery(), step.refersTo());
                }
                answered += reply.answer().grounded() ? 1 : 0;
                if (!step.answers().isEmpty()) {
                    withGold++;
                    String quoted = reply.answer().citations().stream().map(Citation::quote).collect(Collectors.joining(" "));
                    contained += RankingMetrics.containsAnswer(quoted, step.answers()) ? 1 : 0;
                }
            }
        }
        double n = Math.max(1, followUps);
        return new FollowUps(replayed, followUps, AnswerEvaluator.round(resolved / n), AnswerEvaluator.round(answered / n),
                withGold == 0 ? null : AnswerEvaluator.round((double) contained / withGold));
    }

    static List<String> titles(EvalDataset dataset) {
        return dataset.documents().stream().map(d -> d.path().replaceFirst("^squad/", "")).toList();
    }
}
