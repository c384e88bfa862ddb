#!/bin/sh
# oracle-bi.sh -- run a command the way the sendmail oracle's sandbox runs
# sendmail (../shared/oracle/lib/smoracle.pl): in private mount, UTS and
# network namespaces, with the host name mx.oracle.test (an unqualified
# name makes sendmail stall for 60 s), name lookups from files only (no
# DNS waits), and DIR mounted on /srv (sendmail refuses alias files below
# the world-writable /tmp).  Needs root.
#
#   oracle-bi.sh DIR CMD [ARG...]       (CMD runs in /srv)
# DIR gets the files hosts, nsswitch.conf, resolv.conf, service.switch.
dir=$1
shift
printf '127.0.0.1\tlocalhost\n127.0.1.1\tmx.oracle.test mx\n' > "$dir/hosts"
for db in passwd group shadow hosts networks protocols services aliases; do
	echo "$db: files"
done > "$dir/nsswitch.conf"
printf 'nameserver 127.0.0.1\noptions timeout:1 attempts:1\n' > "$dir/resolv.conf"
printf 'hosts\tfiles\naliases\tfiles\npasswd\tfiles\n' > "$dir/service.switch"
exec unshare --mount --uts --net --fork sh -c '
	hostname mx.oracle.test || exit 97
	mount --bind "$0/hosts" /etc/hosts || exit 97
	if [ -e /etc/nsswitch.conf ]; then
		mount --bind "$0/nsswitch.conf" /etc/nsswitch.conf || exit 97
	fi
	if [ -e /etc/resolv.conf ]; then
		mount --bind "$0/resolv.conf" /etc/resolv.conf || exit 97
	fi
	mount --bind "$0" /srv || exit 97
	cd /srv || exit 97
	exec "$@"' "$dir" "$@"
