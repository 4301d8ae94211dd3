package dev.rubric.core.config;

import java.nio.file.Path;
import java.util.Objects;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.Optional;

/**
 * A path glob, matched against '/'-separated paths relative to a base folder.
 *
 * <ul>
 *   <li>{@code **} any number of folders, including none: {@code **}{@code /CHANGELOG.md} matches
 *       {@code CHANGELOG.md} and {@code a/b/CHANGELOG.md}</li>
 *   <li>{@code *} any characters within one name; {@code ?} one character within one name</li>
 *   <li>{@code {a,b}} either alternative (alternatives may nest); {@code [abc]}, {@code [!abc]}
 *       one character of (not of) a set; {@code \} makes the next character literal</li>
 *   <li>a glob that matches a folder covers everything inside it, so {@code drafts} and
 *       {@code drafts/} ignore the same documents as {@code drafts/**}</li>
 * </ul>
 *
 * Written by hand rather than with {@code FileSystem.getPathMatcher("glob:")}: that matcher's
 * {@code **}{@code /x} needs at least one folder, which surprises anyone used to .gitignore.
 *
 * <p>Globs come from config files, so they are compiled for RE2/J, whose matching time is
 * linear in the path: a glob such as {@code {a,a}{a,a}...x} cannot make matching backtrack
 * exponentially, as it would with java.util.regex.
 */
public final class Glob {
    private final String pattern;
    private final Pattern regex;

    private Glob(String pattern, Pattern regex) {
        this.pattern = pattern;
        this.regex = regex;
    }

    /** @throws IllegalArgumentException with a reason a person can act on ("unclosed '{'") */
    public static Glob compile(String pattern) {
        Objects.requireNonNull(pattern, "pattern");
        if (pattern.isBlank()) throw new IllegalArgumentException("a glob cannot be empty");
        if (pattern.startsWith("/")) {
            throw new IllegalArgumentException("a glob cannot start with '/', it is relative to the config file's folder");
        }
        String trimmed = pattern.endsWith("/") ? pattern.substring(0, pattern.length() - 1) : pattern;
        for (String segment : trimmed.split("/", -1)) {
            if (segment.equals("..")) {
                throw new IllegalArgumentException("a glob cannot use '..', it only covers the config file's folder");
            }
        }
        try {
            return new Glob(pattern, Pattern.compile(toRegex(trimmed)));
        } catch (PatternSyntaxException e) { // cannot happen for what toRegex writes; reported, never thrown on
            throw new IllegalArgumentException("not a usable glob (" + e.getDescription() + ")", e);
        }
    }

    public String pattern() {
        return pattern;
    }

    /** Whether the '/'-separated relative path, or one of the folders it is in, matches. */
    public boolean matches(String relativePath) {
        if (regex.matcher(relativePath).matches()) return true;
        for (int slash = relativePath.indexOf('/'); slash > 0; slash = relativePath.indexOf('/', slash + 1)) {
            if (regex.matcher(relativePath.substring(0, slash)).matches()) return true;
        }
        return false;
    }

    /** Whether {@code file}, taken relative to {@code base}, matches; files outside {@code base} never do. */
    public boolean matches(Path base, Path file) {
        return relativize(base, file).map(this::matches).orElse(false);
    }

    /** The '/'-separated path of {@code file} inside {@code base}, if it is inside. */
    static Optional<String> relativize(Path base, Path file) {
        Path b = base.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        if (!f.startsWith(b) || f.equals(b)) return Optional.empty();
        StringBuilder out = new StringBuilder();
        for (Path name : b.relativize(f)) {
            if (out.length() > 0) out.append('/');
            out.append(name);
        }
        return Optional.of(out.toString());
    }

    private static String toRegex(String glob) {
        StringBuilder re = new StringBuilder();
        int braceDepth = 0;
        for (int i = 0; i < glob.length(); i += Character.charCount(glob.codePointAt(i))) {
            int c = glob.codePointAt(i);
            switch (c) {
                case '*' -> {
                    boolean doubleStar = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
                    if (!doubleStar) {
                        re.append("[^/]*");
                    } else if (i + 2 < glob.length() && glob.charAt(i + 2) == '/') {
                        re.append("(?:[^/]+/)*"); // "**/": zero or more whole folders
                        i += 2;
                    } else {
                        re.append(".*");          // "**" elsewhere: anything, across folders
                        i += 1;
                    }
                }
                case '?' -> re.append("[^/]");
                case '{' -> {
                    braceDepth++;
                    re.append("(?:");
                }
                case '}' -> {
                    if (braceDepth == 0) throw new IllegalArgumentException("'}' without a matching '{'");
                    braceDepth--;
                    re.append(')');
                }
                case ',' -> re.append(braceDepth > 0 ? "|" : ",");
                case '[' -> i = appendCharacterClass(glob, i, re);
                case '\\' -> {
                    if (i + 1 == glob.length()) throw new IllegalArgumentException("'\\' at the end escapes nothing");
                    i++;
                    re.append(literal(glob.codePointAt(i)));
                    i += Character.charCount(glob.codePointAt(i)) - 1;
                }
                default -> re.append(literal(c));
            }
        }
        if (braceDepth > 0) throw new IllegalArgumentException("unclosed '{'");
        return re.toString();
    }

    /** One character, matched as itself. */
    private static String literal(int codePoint) {
        return "\\x{" + Integer.toHexString(codePoint) + "}";
    }

    /**
     * Appends the class that starts at {@code open}; returns the index of its closing ']'. A
     * class never matches the folder separator: a negated class excludes it, and a positive
     * one leaves it out (a range across '/' is split around it).
     */
    private static int appendCharacterClass(String glob, int open, StringBuilder re) {
        int first = open + 1;
        boolean negated = first < glob.length() && (glob.charAt(first) == '!' || glob.charAt(first) == '^');
        if (negated) first++;
        int close = glob.indexOf(']', first + 1); // a ']' in first place is a member, as in shells
        if (close < 0) throw new IllegalArgumentException("unclosed '['");
        StringBuilder members = new StringBuilder();
        int[] cps = glob.substring(first, close).codePoints().toArray();
        for (int k = 0; k < cps.length; k++) {
            int lo = cps[k];
            int hi = lo;
            if (k + 2 < cps.length && cps[k + 1] == '-') { // a range such as [a-z]
                hi = cps[k + 2];
                k += 2;
                if (hi < lo) {
                    throw new IllegalArgumentException("the range '" + new String(Character.toChars(lo)) + "-"
                            + new String(Character.toChars(hi)) + "' runs backwards");
                }
            }
            if (negated) {
                members.append(range(lo, hi));
            } else {
                if (lo < '/') members.append(range(lo, Math.min(hi, '/' - 1)));
                if (hi > '/') members.append(range(Math.max(lo, '/' + 1), hi));
            }
        }
        if (negated) {
            re.append("[^/").append(members).append(']');
        } else if (members.length() == 0) {
            throw new IllegalArgumentException("a '[...]' set must hold a character other than '/'");
        } else {
            re.append('[').append(members).append(']');
        }
        return close;
    }

    private static String range(int lo, int hi) {
        return lo == hi ? literal(lo) : literal(lo) + "-" + literal(hi);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Glob other && other.pattern.equals(pattern);
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
