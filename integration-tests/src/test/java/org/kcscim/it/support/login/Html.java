package org.kcscim.it.support.login;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough HTML reading for Keycloak's login pages, which are generated, well-formed markup: start tags and
 * their attributes, forms and their fields, anchors, and the text of an element found by id or class.
 *
 * <p>Not a general HTML parser: script and style blocks and comments are dropped first, and an element's end is
 * found by counting start and end tags of the same name.
 */
public final class Html {

    private static final Pattern NOISE = Pattern.compile(
            "<!--.*?-->|<script\\b[^>]*>.*?</script\\s*>|<style\\b[^>]*>.*?</style\\s*>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile(
            "<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\\s+[^\\s=>/\"']+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>\"']+))?)*)\\s*/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s=>/\"']+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+)))?");
    private static final Pattern ENTITY = Pattern.compile("&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ");

    private final String source;
    private final List<Tag> tags = new ArrayList<>();

    private Html(String html) {
        this.source = NOISE.matcher(html == null ? "" : html).replaceAll(" ");
        Matcher matcher = TAG.matcher(source);
        while (matcher.find()) {
            tags.add(new Tag(matcher.group(2).toLowerCase(Locale.ROOT), !matcher.group(1).isEmpty(),
                    attributes(matcher.group(3)), matcher.start(), matcher.end()));
        }
    }

    public static Html parse(String html) {
        return new Html(html);
    }

    /** One start or end tag: its lower-case name, its attributes (values unescaped) and where it is in the text. */
    public record Tag(String name, boolean end, Map<String, String> attributes, int start, int stop) {

        public Optional<String> attribute(String attribute) {
            return Optional.ofNullable(attributes.get(attribute.toLowerCase(Locale.ROOT)));
        }

        public boolean hasClass(String className) {
            String classes = attributes.get("class");
            return classes != null && List.of(classes.trim().split("\\s+")).contains(className);
        }
    }

    /**
     * A form as a browser would submit it: the {@code action} (unescaped, possibly relative), the method, and the
     * successful controls in document order: inputs other than buttons, checked checkboxes and radios, textareas,
     * and selects with their selected (or first) option. Submit buttons are not included.
     */
    public record Form(String id, String action, String method, Map<String, String> fields) {
    }

    public List<Form> forms() {
        List<Form> forms = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            Tag tag = tags.get(i);
            if (!tag.end() && tag.name().equals("form")) {
                int close = closing(i);
                forms.add(new Form(tag.attributes().get("id"), tag.attribute("action").orElse(""),
                        tag.attribute("method").orElse("get").toUpperCase(Locale.ROOT), fields(i + 1, close)));
            }
        }
        return forms;
    }

    /** The form with this id, or the first form of the page when {@code id} is null. */
    public Optional<Form> form(String id) {
        return forms().stream().filter(form -> id == null || id.equals(form.id())).findFirst();
    }

    /** The first start tag with this id. */
    public Optional<Tag> byId(String id) {
        return tags.stream().filter(tag -> !tag.end() && id.equals(tag.attributes().get("id"))).findFirst();
    }

    /** The {@code href} (unescaped, possibly relative) of the anchor with this id. */
    public Optional<String> linkById(String id) {
        return byId(id).filter(tag -> tag.name().equals("a")).flatMap(tag -> tag.attribute("href"));
    }

    /** The visible text of the element with this id: tags removed, entities decoded, white space collapsed. */
    public Optional<String> textById(String id) {
        for (int i = 0; i < tags.size(); i++) {
            Tag tag = tags.get(i);
            if (!tag.end() && id.equals(tag.attributes().get("id"))) {
                return Optional.of(innerText(i));
            }
        }
        return Optional.empty();
    }

    /** The visible text of the first element with this class. */
    public Optional<String> textByClass(String className) {
        for (int i = 0; i < tags.size(); i++) {
            Tag tag = tags.get(i);
            if (!tag.end() && tag.hasClass(className)) {
                return Optional.of(innerText(i));
            }
        }
        return Optional.empty();
    }

    /** The HTML inside the element with this id, as a page of its own. */
    public Optional<Html> insideId(String id) {
        for (int i = 0; i < tags.size(); i++) {
            Tag tag = tags.get(i);
            if (!tag.end() && id.equals(tag.attributes().get("id"))) {
                int close = closing(i);
                int end = close < tags.size() ? tags.get(close).start() : source.length();
                return Optional.of(new Html(source.substring(tag.stop(), end)));
            }
        }
        return Optional.empty();
    }

    /** The page's {@code <title>}, or empty. */
    public Optional<String> title() {
        for (int i = 0; i < tags.size(); i++) {
            if (!tags.get(i).end() && tags.get(i).name().equals("title")) {
                return Optional.of(innerText(i));
            }
        }
        return Optional.empty();
    }

    /** The visible text of the whole page. */
    public String text() {
        return text(source);
    }

    /** Decodes character references: named ({@code &amp;} and the other common ones) and numeric. */
    public static String unescape(String text) {
        if (text == null || text.indexOf('&') < 0) {
            return text;
        }
        Matcher matcher = ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (matcher.find()) {
            String entity = matcher.group(1);
            String replacement;
            if (entity.startsWith("#x") || entity.startsWith("#X")) {
                replacement = new String(Character.toChars(Integer.parseInt(entity.substring(2), 16)));
            } else if (entity.startsWith("#")) {
                replacement = new String(Character.toChars(Integer.parseInt(entity.substring(1))));
            } else {
                replacement = NAMED.getOrDefault(entity, matcher.group());
            }
            matcher.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(decoded);
        return decoded.toString();
    }

    @Override
    public String toString() {
        return source;
    }

    // ---- internals

    private Map<String, String> fields(int from, int to) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = from; i < to; i++) {
            Tag tag = tags.get(i);
            String name = tag.attributes().get("name");
            if (tag.end() || name == null || tag.attributes().containsKey("disabled")) {
                continue;
            }
            switch (tag.name()) {
                case "input" -> {
                    String type = tag.attribute("type").orElse("text").toLowerCase(Locale.ROOT);
                    switch (type) {
                        case "submit", "button", "image", "reset", "file" -> {
                        }
                        case "checkbox", "radio" -> {
                            if (tag.attributes().containsKey("checked")) {
                                fields.put(name, tag.attribute("value").orElse("on"));
                            }
                        }
                        default -> fields.put(name, tag.attribute("value").orElse(""));
                    }
                }
                case "textarea" -> fields.put(name, unescape(rawInner(i)));
                case "select" -> {
                    int close = closing(i);
                    String first = null;
                    String selected = null;
                    for (int j = i + 1; j < close; j++) {
                        Tag option = tags.get(j);
                        if (!option.end() && option.name().equals("option")) {
                            String value = option.attribute("value").orElseGet(() -> innerTextUntilNextTag(option));
                            if (first == null) {
                                first = value;
                            }
                            if (selected == null && option.attributes().containsKey("selected")) {
                                selected = value;
                            }
                        }
                    }
                    String value = selected != null ? selected : first;
                    if (value != null) {
                        fields.put(name, value);
                    }
                }
                default -> {
                }
            }
        }
        return fields;
    }

    /** Index of the end tag closing the start tag at {@code open}, or {@code tags.size()} if there is none. */
    private int closing(int open) {
        String name = tags.get(open).name();
        if (isVoid(name)) {
            return open + 1 < tags.size() ? open + 1 : tags.size();
        }
        int depth = 0;
        for (int i = open + 1; i < tags.size(); i++) {
            Tag tag = tags.get(i);
            if (!tag.name().equals(name)) {
                continue;
            }
            if (!tag.end()) {
                depth++;
            } else if (depth == 0) {
                return i;
            } else {
                depth--;
            }
        }
        return tags.size();
    }

    private String rawInner(int open) {
        Tag tag = tags.get(open);
        if (isVoid(tag.name())) {
            return "";
        }
        int close = closing(open);
        int end = close < tags.size() ? tags.get(close).start() : source.length();
        return source.substring(tag.stop(), end);
    }

    private String innerText(int open) {
        return text(rawInner(open));
    }

    private String innerTextUntilNextTag(Tag option) {
        int next = source.indexOf('<', option.stop());
        return text(source.substring(option.stop(), next < 0 ? source.length() : next));
    }

    private static String text(String html) {
        String withoutTags = html.replaceAll("<[^>]*>", " ");
        return unescape(withoutTags).replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
    }

    private static boolean isVoid(String name) {
        return switch (name) {
            case "input", "br", "img", "meta", "link", "hr", "area", "base", "col", "embed", "source", "track",
                 "wbr" -> true;
            default -> false;
        };
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher matcher = ATTRIBUTE.matcher(text);
        while (matcher.find()) {
            String value = matcher.group(2) != null ? matcher.group(2)
                    : matcher.group(3) != null ? matcher.group(3)
                    : matcher.group(4) != null ? matcher.group(4) : "";
            attributes.putIfAbsent(matcher.group(1).toLowerCase(Locale.ROOT), unescape(value));
        }
        return attributes;
    }
}
