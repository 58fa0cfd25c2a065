package dev.mga.core.model.slab;

/**
 * A kernel code location as {@code %pS} prints it: {@code symbol+0xoffset/0xsize [module]}; a bare
 * {@code address} when the kernel could not name it; or neither ({@code <not-available>}).
 *
 * @param symbol  function name, or "" when unknown
 * @param offset  offset into the function
 * @param size    size of the function
 * @param module  loadable module, or "" for the core kernel
 * @param address the raw address when there is no symbol, else ""
 */
public record CodeLocation(String symbol, long offset, long size, String module, String address) {

    public static final CodeLocation NOT_AVAILABLE = new CodeLocation("", 0, 0, "", "");

    public boolean known() {
        return !symbol.isEmpty();
    }

    /** Written out: the generated record hash is measurably slower on the per-line caller tally. */
    @Override
    public int hashCode() {
        int h = symbol.hashCode();
        h = 31 * h + Long.hashCode(offset);
        h = 31 * h + Long.hashCode(size);
        h = 31 * h + module.hashCode();
        return 31 * h + address.hashCode();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CodeLocation c && offset == c.offset && size == c.size && symbol.equals(c.symbol)
                && module.equals(c.module) && address.equals(c.address);
    }

    /** As the kernel prints it. */
    @com.fasterxml.jackson.annotation.JsonProperty("text")
    public String text() {
        if (!symbol.isEmpty()) {
            String s = symbol + "+0x" + Long.toHexString(offset) + "/0x" + Long.toHexString(size);
            return module.isEmpty() ? s : s + " [" + module + "]";
        }
        return address.isEmpty() ? "<not-available>" : address;
    }
}
