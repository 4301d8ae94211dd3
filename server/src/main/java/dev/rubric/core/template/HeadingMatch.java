package dev.rubric.core.template;

/** A block a heading names, and how strongly: an exact synonym beats a phrase inside it. */
public record HeadingMatch(Block block, String synonym, int score) {
}
