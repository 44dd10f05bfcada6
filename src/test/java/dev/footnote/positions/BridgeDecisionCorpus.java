package dev.footnote.positions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.footnote.corpus.DocumentFixtures;

/**
 * A town's documents about one decision, how to pay for and when to do the Elm Street Bridge repairs, written
 * for the positions tests: council minutes, the mayor's memo, a news story, the finance report (Word) and the
 * fire department's notice. Four people disagree on two points (a toll or a bond; close the bridge this spring
 * or after the summer) and agree on one (the bridge is unsafe and must be repaired); the fire department only
 * announces a detour.
 */
public final class BridgeDecisionCorpus {

    private BridgeDecisionCorpus() {
    }

    /** Writes the five documents into {@code folder} and returns it. */
    public static Path write(Path folder) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("council-minutes.md"), """
                    # Minutes of the Town Council, 12 March

                    ## Elm Street Bridge repairs

                    Mayor Elena Marsh said the bridge is unsafe and must be repaired.

                    Councillor Priya Desai said a toll is unfair to the families who cross the bridge every day. She proposed that the town issue a bond to pay for the repairs instead of a toll.

                    Councillor Tom Okafor agreed that the bridge is unsafe and must be repaired. He said the bridge should not close this spring but after the summer season, because the shops on Elm Street depend on summer visitors.

                    Finance Director Samuel Reyes said a bond would cost the town less in interest than the toll would bring in over ten years.
                    """);
            Files.writeString(folder.resolve("mayor-memo.txt"), """
                    Memo from the Mayor's office on the Elm Street Bridge

                    Mayor Elena Marsh said a toll on drivers should pay for the bridge repairs, so that people who use the bridge pay for it.

                    Marsh said the bridge should close for repairs this spring, before the cracks grow.
                    """);
            Files.writeString(folder.resolve("news-story.txt"), """
                    Council split over how to pay for bridge repairs

                    The Elm Street Bridge has been rated unsafe by state inspectors.

                    Councillor Priya Desai said the bridge should close for repairs this spring, as the mayor wants.

                    “A toll would punish the people who use the bridge to get to work,” said Councillor Tom Okafor. Okafor said he opposes the toll and supports the bond.

                    Finance Director Samuel Reyes said the bridge is unsafe and the repairs must not wait.
                    """);
            Files.writeString(folder.resolve("fire-department-notice.md"), """
                    # Fire Department notice

                    The Fire Department announced that fire engines will use the Mill Road crossing while the Elm Street Bridge is closed.
                    """);
            Files.write(folder.resolve("finance-report.docx"), DocumentFixtures.docx("Bridge financing report", List.of(
                    "Bridge financing report",
                    "Finance Director Samuel Reyes said the town should pay for the repairs with a bond, not a toll.",
                    "Reyes said the repairs will cost 4.2 million dollars.")));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
