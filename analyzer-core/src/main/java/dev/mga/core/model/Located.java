package dev.mga.core.model;

/** A model item that can be cited as evidence. */
public interface Located {
    Location location();
}
