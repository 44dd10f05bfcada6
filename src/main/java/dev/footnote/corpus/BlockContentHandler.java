package dev.footnote.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the blocks of Tika's XHTML: one per paragraph-like element, headings marked, the page
 * counted at each {@code <div class="page">} (PDF). Scripts, styles, navigation, page headers and
 * footers are dropped; when an HTML page has a {@code <main>} or {@code <article>}, only its content is kept.
 */
final class BlockContentHandler extends DefaultHandler {

    /** Elements whose whole content is boilerplate or code, never document text. */
    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "noscript", "template", "nav", "header",
            "footer", "aside", "form", "button", "select", "option", "iframe", "svg", "menu", "object", "embed");
    /** Classes Tika gives to page headers and footers (Word) and other non-body text. */
    private static final Set<String> SKIPPED_CLASSES = Set.of("header", "footer", "annotation");
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "td", "th", "dt", "dd", "blockquote", "pre",
            "h1", "h2", "h3", "h4", "h5", "h6", "caption", "figcaption", "section", "article", "main", "tr", "table",
            "ul", "ol", "dl", "body");
    private static final Set<String> MAIN = Set.of("main", "article");
    /** A word broken at the end of a line: "exam-\nple" is "example". */
    private static final Pattern HYPHENATED_WRAP = Pattern.compile("(\\p{L})-[ \\t]*\\n\\s*(\\p{Ll})");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final long maxChars;
    private final StringBuilder text = new StringBuilder();
    private final List<TextBlock> blocks = new ArrayList<>();
    private final List<Boolean> blockInMain = new ArrayList<>();
    private final List<String> open = new ArrayList<>();
    private int skipDepth;
    private int mainDepth;
    private boolean sawMain;
    private int page;
    private long chars;

    /** @param maxChars text beyond this many characters is refused (a decompression bomb, not a document) */
    BlockContentHandler(long maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = name(localName, qName);
        String cssClass = attributes.getValue("class");
        boolean skip = SKIPPED.contains(name) || (cssClass != null && SKIPPED_CLASSES.contains(cssClass.strip()));
        open.add(skip ? "!" + name : name);
        if (skip) {
            skipDepth++;
            return;
        }
        if ("div".equals(name) && "page".equals(cssClass)) {
            flush(false);
            page++;
        }
        if (MAIN.contains(name)) {
            flush(false);
            mainDepth++;
            sawMain = true;
        }
        if (BLOCKS.contains(name)) {
            flush(false);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = name(localName, qName);
        String opened = open.isEmpty() ? name : open.remove(open.size() - 1);
        if (opened.startsWith("!")) {
            skipDepth--;
            return;
        }
        if (BLOCKS.contains(name)) {
            flush(name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1)));
        }
        if (MAIN.contains(name)) {
            mainDepth--;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipDepth > 0) {
            return;
        }
        chars += length;
        if (chars > maxChars) {
            throw new UnreadableDocumentException("holds more than " + maxChars + " characters of text");
        }
        text.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        if (skipDepth == 0) {
            text.append(ch, start, length);
        }
    }

    private void flush(boolean heading) {
        String joined = WHITESPACE.matcher(HYPHENATED_WRAP.matcher(text).replaceAll("$1$2")).replaceAll(" ").strip();
        text.setLength(0);
        if (!joined.isEmpty()) {
            blocks.add(new TextBlock(heading, joined, page));
            blockInMain.add(mainDepth > 0);
        }
    }

    /** The blocks collected; only those of the main content when the page marked one. */
    List<TextBlock> blocks() {
        flush(false);
        if (!sawMain) {
            return List.copyOf(blocks);
        }
        List<TextBlock> main = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blockInMain.get(i)) {
                main.add(blocks.get(i));
            }
        }
        return main;
    }

    /** The number of pages seen (PDF); 0 when the format has none. */
    int pages() {
        return page;
    }

    private static String name(String localName, String qName) {
        String name = localName == null || localName.isEmpty() ? qName : localName;
        int colon = name.indexOf(':');
        return (colon >= 0 ? name.substring(colon + 1) : name).toLowerCase(Locale.ROOT);
    }
}
