package dev.rubric.security;

/** A class a malicious YAML tag would name: constructing it is what "config ran code" means. */
public final class Canary {
    static volatile boolean constructed;

    public Canary() {
        constructed = true;
    }

    public Canary(Object anything) {
        constructed = true;
    }
}
