#!/usr/bin/perl
# gen.pl -- deterministic generators of map sources for the tests and
# benchmarks (no time seed: the same arguments give the same bytes).
#
#   gen.pl map N [SEED]        makemap source with tricky lines
#   gen.pl mapsep N [SEED]     the same for makemap -t:
#   gen.pl aliases N [SEED]    aliases(5) file with tricky entries
#   gen.pl access N            plain access map (benchmarks)
#   gen.pl plainaliases N      plain aliases file (benchmarks)
use strict;
use warnings;

my ($kind, $n, $seed) = @ARGV;
die "usage: gen.pl map|mapsep|aliases|access|plainaliases N [SEED]\n"
    unless defined $n && $n =~ /^\d+$/;
$seed = 1 unless defined $seed;
my $state = $seed;
sub rnd { my $m = shift; $state = ($state * 1103515245 + 12345) % 2147483648; return int($state / 65536) % $m; }
sub word { my $len = 3 + rnd(8); my $s = ''; $s .= chr(97 + rnd(26)) for 1 .. $len; return $s; }
sub mixcase { my $s = shift; $s =~ s/([a-z])/rnd(3) == 0 ? uc($1) : $1/ge; return $s; }
binmode STDOUT;

if ($kind eq 'access') {
	for my $i (0 .. $n - 1) {
		printf "Key%08d.example.%d\tRELAY %d\n", ($i * 7919) % $n, $i % 97, $i;
	}
	exit 0;
}
if ($kind eq 'plainaliases') {
	for my $i (0 .. $n - 1) {
		my $k = ($i * 7919) % $n;
		if ($i % 10 == 0) {
			printf "list%07d: user%d, user%d,\n\tuser%d\@example.org\n", $k, $i, $i + 1, $i + 2;
		} else {
			printf "User%07d: user%d\@mail.example.com\n", $k, $i;
		}
	}
	exit 0;
}

my @keys;
if ($kind eq 'map' || $kind eq 'mapsep') {
	my $sep = $kind eq 'mapsep' ? ':' : undef;
	for my $i (1 .. $n) {
		my $r = rnd(100);
		my $k = mixcase(word() . ".example" . rnd(50) . ".com");
		my $v = word() . " " . word();
		if (defined $sep) {
			if    ($r < 5)  { print " $k : $v\n"; }        # blanks are data
			elsif ($r < 8)  { print "$k\n"; }              # no separator
			elsif ($r < 10) { print "${k}:\n"; }             # empty value
			elsif ($r < 13) { print "${k}:::$v\n"; }         # separator run
			elsif ($r < 16 && @keys) { print $keys[rnd(scalar @keys)] . ":dup$i\n"; }
			else { print "${k}:$v\n"; push @keys, $k; }
			next;
		}
		if    ($r < 3)  { print "\t$k $v\n"; }                 # leading tab
		elsif ($r < 5)  { print " $k $v\n"; }                  # leading blank
		elsif ($r < 8)  { print "$k\n"; }                      # key without value
		elsif ($r < 9)  { print "$k   \n"; }                   # key with trailing blanks only
		elsif ($r < 12) { print "$k\t$v  \t\n"; }              # trailing blanks kept
		elsif ($r < 15) { print "$k \t  $v\n"; }               # separator run
		elsif ($r < 17) { print "$k " . ('x' x (900 + rnd(200))) . "\n"; }   # long, some too long
		elsif ($r < 20) { printf "IPv6:2001:db8:%x::%x\tREJECT\n", rnd(65536), $i; }
		elsif ($r < 22) { printf "Connect:IPv6:2001:DB8:0:0:0:0:0:%X OK\n", $i; }
		elsif ($r < 25) { print "\"" . word() . " " . word() . "\"\@example.com ERROR:550 quoted $i\n"; }
		elsif ($r < 27) { print "# comment $i\n"; }
		elsif ($r < 29) { print "\n"; }
		elsif ($r < 31) { print "$k#x val#ue\n"; }
		elsif ($r < 33) { print "$k $v\r\n"; }                  # DOS line
		elsif ($r < 36 && @keys) { print mixcase($keys[rnd(scalar @keys)]) . " dup $i\n"; }
		elsif ($r < 38) { print "To:" . word() . "\@" . mixcase(word()) . ".example RELAY\n"; }
		elsif ($r < 40) { print "From:" . word() . ".Example.ORG\tERROR:5.7.1:\"550 go away\"\n"; }
		elsif ($r < 41) { print "$k\x0b$v\n"; }                 # vertical tab separates
		else { print "$k $v\n"; push @keys, $k; }
	}
	print "last.key " . word();                             # no final newline
	exit 0;
}
if ($kind eq 'aliases') {
	for my $i (1 .. $n) {
		my $r = rnd(100);
		my $name = word() . $i;
		if    ($r < 10) { print mixcase($name) . ": " . word() . ", " . word() . "\n"; }
		elsif ($r < 16) { print "$name: " . word() . ",\n  " . word() . ",\n\t" . word() . "\@example.org\n"; }
		elsif ($r < 19) { print "$name: " . word() . ", \\\n" . word() . "\n"; }
		elsif ($r < 22) { print "$name: \"|/usr/bin/prog -s $i\"\n"; }
		elsif ($r < 24) { print "$name: /var/log/mail/$name.log\n"; }
		elsif ($r < 26) { print "$name: :include:/etc/mail/lists/$name\n"; }
		elsif ($r < 29) { print "\"" . ucfirst(word()) . " " . ucfirst(word()) . "\": " . word() . "\n"; }
		elsif ($r < 31) { print ucfirst(word()) . " " . ucfirst(word()) . ": " . word() . "\n"; }
		elsif ($r < 33) { print "# comment $i\n"; }
		elsif ($r < 35) { print "\n"; }
		elsif ($r < 36) { print "# comment\n  stray continuation $i\n"; }
		elsif ($r < 37) { print "nocolon$i\n"; }
		elsif ($r < 38) { print "$name:   \n"; }
		elsif ($r < 39) { print "$name\@other.example: x\n"; }
		elsif ($r < 40) { print "$name\@localhost: y\n"; }
		elsif ($r < 41) { print ": nolhs$i\n"; }
		elsif ($r < 42) { print "$name: " . join(", ", map { word() } 1 .. (300 + rnd(400))) . "\n"; }
		elsif ($r < 46 && @keys) { print mixcase($keys[rnd(scalar @keys)]) . ": dup$i\n"; }
		elsif ($r < 48) { print "$name (comment): c$i\n"; }
		elsif ($r < 50) { print "$name: a$i,b$i  \t\n"; }      # trailing blanks kept
		elsif ($r < 51) { print "Owner-$name: $name-request\n"; }
		elsif ($r < 52) { print "$name: \\$name\n"; }
		else { print "$name: " . word() . "\n"; push @keys, $name; }
	}
	print "postmaster: root\nMAILER-DAEMON: postmaster\nlast: x";   # no final newline
	exit 0;
}
die "gen.pl: unknown kind $kind\n";
