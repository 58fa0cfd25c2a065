/*
 * The header klog writes before every message (k8s.io/klog/v2 klog.go, formatHeader; the same
 * layout as glog's):
 *
 *   Lmmdd hh:mm:ss.uuuuuu threadid file:line] msg
 *
 * L is the severity (I, W, E, F); mmdd the month and day; hh:mm:ss.uuuuuu the local time with
 * microseconds; threadid the process or thread id, right-aligned in seven columns (%7d, so padded
 * with spaces, longer ids push the rest right); file the source file's base name (a path with
 * --add_dir_header), line its line number. One space, then the message.
 *
 * `headerless` is the same line pasted from its file:line on, as people paste them into issues.
 * The scanner in dev.mga.core.klog.KlogReader is held to this grammar by a property test.
 */
grammar KlogHeader;

header     : severity date SP time SP+ threadId SP source CLOSE (SP message)? EOF ;
headerless : source CLOSE (SP message)? EOF ;

severity   : SEV ;
date       : DIGIT DIGIT DIGIT DIGIT ;
time       : DIGIT DIGIT COLON DIGIT DIGIT COLON DIGIT DIGIT DOT DIGIT DIGIT DIGIT DIGIT DIGIT DIGIT ;
threadId   : DIGIT+ ;
source     : file COLON lineNumber ;
file       : (SEV | DIGIT | DOT | OTHER)+ ;
lineNumber : DIGIT+ ;
message    : ~EOF* ;

SEV   : [IWEF] ;
DIGIT : [0-9] ;
SP    : ' ' ;
COLON : ':' ;
DOT   : '.' ;
CLOSE : ']' ;
OTHER : ~[IWEF0-9 :.\]\r\n] ;
NEWLINE : [\r\n] -> skip ;
