/*
 * One call-site line of the SLUB debug listings, as the kernel prints them:
 *   sysfs   /sys/kernel/slab/<cache>/{alloc,free}_calls          (kernels before 5.16)
 *   debugfs /sys/kernel/debug/slab/<cache>/{alloc,free}_traces   (5.16 and later)
 *
 *   %7ld <location>[ waste=<total>/<each>] age=<min>[/<avg>/<max>] pid=<min>[-<max>][ cpus=<list>][ nodes=<list>]
 *
 * <location> is the kernel's %pS rendering: symbol+0xoffset/0xsize, optionally followed by
 * " [module]"; a bare address when the symbol is unknown; or "<not-available>".
 * In debugfs listings each such line is followed by its stack frames, one %pS location per
 * indented line, and a blank line: the `frame` rule parses those.
 * Field order and optionality follow mm/slub.c (list_locations / slab_debugfs_show).
 */
grammar SlabCallSite;

callSite : count location waste? age pid cpus? nodes? EOF ;
frame    : location EOF ;

count    : INT ;
location : symbolRef | ADDRESS | NOT_AVAILABLE ;
symbolRef: SYMBOL OFFSET MODULE? ;
waste    : WASTE INT SLASH INT ;
age      : AGE signed (SLASH signed SLASH signed)? ;
pid      : PID signed (DASH signed)? ;
cpus     : CPUS rangeList ;
nodes    : NODES rangeList ;
rangeList: range (COMMA range)* ;
range    : INT (DASH INT)? ;
signed   : DASH? INT ;

WASTE    : 'waste=' ;
AGE      : 'age=' ;
PID      : 'pid=' ;
CPUS     : 'cpus=' ;
NODES    : 'nodes=' ;
NOT_AVAILABLE : '<not-available>' ;
OFFSET   : '+0x' HEX+ '/0x' HEX+ ;
ADDRESS  : '0x' HEX+ ;
MODULE   : '[' ~[\]\r\n]+ ']' ;
SYMBOL   : [A-Za-z_.$] [A-Za-z0-9_.$]* ;
INT      : [0-9]+ ;
SLASH    : '/' ;
DASH     : '-' ;
COMMA    : ',' ;
WS       : [ \t]+ -> skip ;

fragment HEX : [0-9a-fA-F] ;
