/*
 * The prefix journalctl puts before every message (systemd's output_short(), journalctl(1)), as must-gathers
 * hold node services (host_service_logs/masters/<unit>_service.log) and as engineers paste them:
 *
 *   short              Nov 20 19:59:10 master-0 kubenswrapper[2143]: text
 *   short-precise      Nov 20 19:59:10.514706 master-0 kubenswrapper[2143]: text
 *   short-iso          2023-11-20T19:59:10+0000 master-0 kubenswrapper[2143]: text      (systemd 252: no colon)
 *   short-iso-precise  2023-11-20T19:59:10.514706+0000 master-0 kubenswrapper[2143]: text
 *   short-full         Mon 2023-11-20 19:59:10 UTC master-0 kubenswrapper[2143]: text
 *   --no-hostname      Nov 20 19:59:10 kubenswrapper[2143]: text
 *
 * The day of `short` may be blank-padded (syslog files write "Nov  2"); an identifier without pid
 * ("kernel:") has no brackets; the text may be empty. The hand scanner (analyzer-core
 * dev.mga.core.parse.JournalPrefix) is held to this grammar by JournalGrammarPropertyTest.
 */
parser grammar JournalPrefixParser;

options { tokenVocab = JournalPrefixLexer; }

line       : time SP (host SP)? identifier (TEXT_START MESSAGE? | COLON_END) EOF ;
time       : SHORT_TIME | FULL_TIME | ISO_TIME ;
host       : WORD | DIGITS ;
identifier : (WORD | DIGITS) (LBRACK DIGITS RBRACK)? ;
