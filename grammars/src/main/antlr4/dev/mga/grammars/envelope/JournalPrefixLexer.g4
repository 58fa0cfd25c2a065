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
 * ("kernel:") has no brackets; the text may be empty. A time with the offset written with a colon
 * (+00:00) is journald's only with no fraction or a six-digit one (journald prints microseconds, the
 * kubelet nanoseconds): the scanner reads the others as a pod log's RFC 3339 time (PodLogPrefix). The hand scanner (analyzer-core
 * dev.mga.core.parse.JournalPrefix) is held to this grammar by JournalGrammarPropertyTest.
 */
lexer grammar JournalPrefixLexer;

SHORT_TIME : MONTH ' ' [ 0-9] D ' ' CLOCK -> pushMode(HEAD) ;
FULL_TIME  : WEEKDAY ' ' DATE ' ' CLOCK ' ' [A-Za-z0-9+\-]+ -> pushMode(HEAD) ;
ISO_TIME   : DATE 'T' CLOCK [+\-] D D ':'? D D -> pushMode(HEAD) ;

fragment MONTH   : 'Jan' | 'Feb' | 'Mar' | 'Apr' | 'May' | 'Jun' | 'Jul' | 'Aug' | 'Sep' | 'Oct' | 'Nov' | 'Dec' ;
fragment WEEKDAY : 'Mon' | 'Tue' | 'Wed' | 'Thu' | 'Fri' | 'Sat' | 'Sun' ;
fragment DATE    : D D D D '-' D D '-' D D ;
fragment CLOCK   : D D ':' D D ':' D D ('.' D+)? ;
fragment D       : [0-9] ;

mode HEAD;
SP         : ' ' ;
LBRACK     : '[' ;
RBRACK     : ']' ;
TEXT_START : ': ' -> mode(TEXT) ;
COLON_END  : ':' ;
DIGITS     : [0-9]+ ;
WORD       : ~[ \t\r\n[\]:\u0000-\u0020]+ ;

mode TEXT;
MESSAGE    : ~[\r\n]+ ;
