package dev.mga.core.model.slab;

/**
 * All the objects of a listing attributed to one caller, whatever the stack below it: debugfs
 * traces list the same caller on several entries when the stacks (or the waste) differ.
 *
 * @param caller  the caller as printed ({@code symbol+0xoff/0xsize [module]}, an address, or {@code <not-available>})
 * @param symbol  the function it names (a ppc64 ELFv1 dot symbol, {@code .alloc_fair_sched_group}, without
 *                its dot), or "" when it has none
 * @param count   objects from this caller
 * @param sites   how many entries of the listing it has
 * @param share   its share of the listing's objects, 0..1
 */
public record CallerTotal(String caller, String symbol, long count, int sites, double share) {
}
