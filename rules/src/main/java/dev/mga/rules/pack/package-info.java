/**
 * The built-in rule pack: the YAML files of {@code rules/<family>/<rule-id>.yaml}, packaged here
 * as resources ({@code dev/mga/rules/pack/<family>/<rule-id>.yaml}). No classes.
 */
package dev.mga.rules.pack;
