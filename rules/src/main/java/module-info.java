/**
 * The built-in rule pack: one YAML file per rule under {@code dev/mga/rules/pack/<family>/}. The
 * package holds resources only; it is open so that the analyzer, in another module, can list and
 * read them.
 */
module dev.mga.rules {
    opens dev.mga.rules.pack;
}
