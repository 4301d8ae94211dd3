package dev.rubric.core.parallel;

/**
 * Lets a lint that runs in the background step aside, briefly, for work someone is waiting on
 * (an editor's outline request being answered while the lint of the same keystroke runs on
 * every core). Called by the lint between its steps; an implementation may block for a bounded
 * time and must not wait for the lint itself.
 */
@FunctionalInterface
public interface GiveWay {
    /** A lint nobody else is waiting behind: never pauses. */
    GiveWay NEVER = () -> { };

    /** Returns at once when nothing urgent is under way, else once it is done or its grace time is over. */
    void toUrgentWork();
}
