package dev.mga.core.slab;

import dev.mga.core.model.slab.CodeLocation;
import dev.mga.core.model.slab.IdRanges;
import dev.mga.core.model.slab.SlabCallSite;
import dev.mga.core.parse.GrammarErrors;
import dev.mga.grammars.slab.SlabCallSiteLexer;
import dev.mga.grammars.slab.SlabCallSiteParser;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Parses one call-site line or one stack-frame line with the {@code SlabCallSite} grammar
 * ({@code grammars/.../slab/SlabCallSite.g4}). Keeps one lexer and parser for many lines; one
 * instance per thread.
 */
final class CallSiteLineParser {

    /** The fields of a call-site line, before the listing gives it its location and share. */
    record Parsed(long count, CodeLocation caller, long wasteBytes, long wasteEach, long ageMin, long ageAvg,
                  long ageMax, long pidMin, long pidMax, IdRanges cpus, IdRanges nodes) {
    }

    /** A line that does not follow the grammar: where and what was expected. */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;

        SyntaxError(String message) {
            super(message, null, false, false);
        }
    }

    private final SlabCallSiteLexer lexer = new SlabCallSiteLexer(null);
    private final CommonTokenStream tokens = new CommonTokenStream(lexer);
    private final SlabCallSiteParser parser = new SlabCallSiteParser(tokens);
    private final GrammarErrors errors = new GrammarErrors();

    CallSiteLineParser() {
        errors.attach(lexer, parser);
        parser.setBuildParseTree(true);
    }

    Parsed callSite(String line) throws SyntaxError {
        reset(line);
        SlabCallSiteParser.CallSiteContext c = parser.callSite();
        failOnErrors();
        long count = number(c.count().INT());
        CodeLocation caller = location(c.location());
        long wasteBytes = 0;
        long wasteEach = 0;
        if (c.waste() != null) {
            wasteBytes = number(c.waste().INT(0));
            wasteEach = number(c.waste().INT(1));
        }
        List<SlabCallSiteParser.SignedContext> age = c.age().signed();
        long ageMin = signed(age.get(0));
        long ageAvg = age.size() == 3 ? signed(age.get(1)) : ageMin;
        long ageMax = age.size() == 3 ? signed(age.get(2)) : ageMin;
        List<SlabCallSiteParser.SignedContext> pid = c.pid().signed();
        long pidMin = signed(pid.get(0));
        long pidMax = pid.size() == 2 ? signed(pid.get(1)) : pidMin;
        IdRanges cpus = c.cpus() == null ? IdRanges.NONE : IdRanges.parse(c.cpus().rangeList().getText());
        IdRanges nodes = c.nodes() == null ? IdRanges.NONE : IdRanges.parse(c.nodes().rangeList().getText());
        return new Parsed(count, caller, wasteBytes, wasteEach, ageMin, ageAvg, ageMax, pidMin, pidMax, cpus, nodes);
    }

    CodeLocation frame(String line) throws SyntaxError {
        reset(line);
        SlabCallSiteParser.FrameContext f = parser.frame();
        failOnErrors();
        return location(f.location());
    }

    private void reset(String line) {
        errors.clear();
        lexer.setInputStream(CharStreams.fromString(line));
        tokens.setTokenSource(lexer);
        parser.setTokenStream(tokens);
    }

    private void failOnErrors() throws SyntaxError {
        if (errors.any()) {
            throw new SyntaxError(errors.first());
        }
    }

    private static CodeLocation location(SlabCallSiteParser.LocationContext l) throws SyntaxError {
        if (l.NOT_AVAILABLE() != null) {
            return CodeLocation.NOT_AVAILABLE;
        }
        if (l.ADDRESS() != null) {
            return new CodeLocation("", 0, 0, "", l.ADDRESS().getText());
        }
        SlabCallSiteParser.SymbolRefContext s = l.symbolRef();
        String off = s.OFFSET().getText(); // +0xOFF/0xSIZE
        int slash = off.indexOf('/');
        long offset = hex(off.substring(3, slash));
        long size = hex(off.substring(slash + 3));
        String module = s.MODULE() == null ? "" : s.MODULE().getText().substring(1, s.MODULE().getText().length() - 1).trim();
        return new CodeLocation(s.SYMBOL().getText(), offset, size, module, "");
    }

    private static long signed(SlabCallSiteParser.SignedContext s) throws SyntaxError {
        long v = number(s.INT());
        return s.DASH() != null ? -v : v;
    }

    private static long number(TerminalNode n) throws SyntaxError {
        try {
            return Long.parseLong(n.getText());
        } catch (NumberFormatException e) {
            throw new SyntaxError("number out of range: " + n.getText());
        }
    }

    private static long hex(String digits) throws SyntaxError {
        try {
            return Long.parseUnsignedLong(digits, 16);
        } catch (NumberFormatException e) {
            throw new SyntaxError("hex number out of range: " + digits);
        }
    }
}
