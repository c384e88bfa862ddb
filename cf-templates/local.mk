# cf-templates/local.mk -- build fragment (see docs/HACKING.md); paths are relative to the top
#
# The templates install under $(pkgdatadir)/cf in the layout admins know
# (cf.m4, m4/cf.m4, ostype/, domain/, feature/, mailer/, hack/, plus our
# lib/).  Every file is listed here so that make dist ships it;
# tests/templates/listed.sh fails when a file is missing from a list.

cftpldir = $(pkgdatadir)/cf
dist_cftpl_DATA = cf-templates/cf.m4 cf-templates/README

cftpl_libdir = $(cftpldir)/lib
dist_cftpl_lib_DATA = \
	cf-templates/lib/defaults.m4 \
	cf-templates/lib/emit.m4 \
	cf-templates/lib/known.m4 \
	cf-templates/lib/main.m4 \
	cf-templates/lib/names.m4 \
	cf-templates/lib/options.m4 \
	cf-templates/lib/suggest.m4

cftpl_m4dir = $(cftpldir)/m4
dist_cftpl_m4_DATA = \
	cf-templates/m4/cf.m4

cftpl_ostypedir = $(cftpldir)/ostype
dist_cftpl_ostype_DATA = \
	cf-templates/ostype/a-ux.m4 \
	cf-templates/ostype/aix3.m4 \
	cf-templates/ostype/aix4.m4 \
	cf-templates/ostype/aix5.m4 \
	cf-templates/ostype/altos.m4 \
	cf-templates/ostype/amdahl-uts.m4 \
	cf-templates/ostype/bsd4.3.m4 \
	cf-templates/ostype/bsd4.4.m4 \
	cf-templates/ostype/bsdi.m4 \
	cf-templates/ostype/bsdi1.0.m4 \
	cf-templates/ostype/bsdi2.0.m4 \
	cf-templates/ostype/darwin.m4 \
	cf-templates/ostype/debian.m4 \
	cf-templates/ostype/dgux.m4 \
	cf-templates/ostype/domainos.m4 \
	cf-templates/ostype/dragonfly.m4 \
	cf-templates/ostype/dynix3.2.m4 \
	cf-templates/ostype/freebsd4.m4 \
	cf-templates/ostype/freebsd5.m4 \
	cf-templates/ostype/freebsd6.m4 \
	cf-templates/ostype/gnu.m4 \
	cf-templates/ostype/hpux10.m4 \
	cf-templates/ostype/hpux11.m4 \
	cf-templates/ostype/hpux9.m4 \
	cf-templates/ostype/irix4.m4 \
	cf-templates/ostype/irix5.m4 \
	cf-templates/ostype/irix6.m4 \
	cf-templates/ostype/isc4.1.m4 \
	cf-templates/ostype/linux.m4 \
	cf-templates/ostype/maxion.m4 \
	cf-templates/ostype/mklinux.m4 \
	cf-templates/ostype/mpeix.m4 \
	cf-templates/ostype/nextstep.m4 \
	cf-templates/ostype/openbsd.m4 \
	cf-templates/ostype/osf1.m4 \
	cf-templates/ostype/powerux.m4 \
	cf-templates/ostype/ptx2.m4 \
	cf-templates/ostype/qnx.m4 \
	cf-templates/ostype/riscos4.5.m4 \
	cf-templates/ostype/sco-uw-2.1.m4 \
	cf-templates/ostype/sco3.2.m4 \
	cf-templates/ostype/sinix.m4 \
	cf-templates/ostype/solaris11.m4 \
	cf-templates/ostype/solaris2.m4 \
	cf-templates/ostype/solaris2.ml.m4 \
	cf-templates/ostype/solaris2.pre5.m4 \
	cf-templates/ostype/solaris8.m4 \
	cf-templates/ostype/sunos3.5.m4 \
	cf-templates/ostype/sunos4.1.m4 \
	cf-templates/ostype/svr4.m4 \
	cf-templates/ostype/ultrix4.m4 \
	cf-templates/ostype/unicos.m4 \
	cf-templates/ostype/unicosmk.m4 \
	cf-templates/ostype/unicosmp.m4 \
	cf-templates/ostype/unixware7.m4 \
	cf-templates/ostype/unknown.m4 \
	cf-templates/ostype/uxpds.m4

cftpl_domaindir = $(cftpldir)/domain
dist_cftpl_domain_DATA = \
	cf-templates/domain/Berkeley.EDU.m4 \
	cf-templates/domain/CS.Berkeley.EDU.m4 \
	cf-templates/domain/EECS.Berkeley.EDU.m4 \
	cf-templates/domain/S2K.Berkeley.EDU.m4 \
	cf-templates/domain/berkeley-only.m4 \
	cf-templates/domain/debian-msp.m4 \
	cf-templates/domain/debian-mta.m4 \
	cf-templates/domain/generic.m4

cftpl_featuredir = $(cftpldir)/feature
dist_cftpl_feature_DATA = \
	cf-templates/feature/accept_unqualified_senders.m4 \
	cf-templates/feature/accept_unresolvable_domains.m4 \
	cf-templates/feature/access_db.m4 \
	cf-templates/feature/allmasquerade.m4 \
	cf-templates/feature/always_add_domain.m4 \
	cf-templates/feature/authinfo.m4 \
	cf-templates/feature/badmx.m4 \
	cf-templates/feature/bcc.m4 \
	cf-templates/feature/bestmx_is_local.m4 \
	cf-templates/feature/bitdomain.m4 \
	cf-templates/feature/blacklist_recipients.m4 \
	cf-templates/feature/block_bad_helo.m4 \
	cf-templates/feature/blocklist_recipients.m4 \
	cf-templates/feature/check_cert_altnames.m4 \
	cf-templates/feature/check_other.m4 \
	cf-templates/feature/compat_check.m4 \
	cf-templates/feature/conncontrol.m4 \
	cf-templates/feature/delay_checks.m4 \
	cf-templates/feature/dnsbl.m4 \
	cf-templates/feature/domainmap.m4 \
	cf-templates/feature/domaintable.m4 \
	cf-templates/feature/drac.m4 \
	cf-templates/feature/enhdnsbl.m4 \
	cf-templates/feature/generics_entire_domain.m4 \
	cf-templates/feature/genericstable.m4 \
	cf-templates/feature/greet_pause.m4 \
	cf-templates/feature/ldap_routing.m4 \
	cf-templates/feature/limited_masquerade.m4 \
	cf-templates/feature/local_lmtp.m4 \
	cf-templates/feature/local_no_masquerade.m4 \
	cf-templates/feature/local_procmail.m4 \
	cf-templates/feature/lookupdotdomain.m4 \
	cf-templates/feature/loose_relay_check.m4 \
	cf-templates/feature/mailertable.m4 \
	cf-templates/feature/masquerade_entire_domain.m4 \
	cf-templates/feature/masquerade_envelope.m4 \
	cf-templates/feature/msp.m4 \
	cf-templates/feature/mtamark.m4 \
	cf-templates/feature/no_default_msa.m4 \
	cf-templates/feature/nocanonify.m4 \
	cf-templates/feature/nopercenthack.m4 \
	cf-templates/feature/notsticky.m4 \
	cf-templates/feature/nouucp.m4 \
	cf-templates/feature/nullclient.m4 \
	cf-templates/feature/prefixmod.m4 \
	cf-templates/feature/preserve_local_plus_detail.m4 \
	cf-templates/feature/preserve_luser_host.m4 \
	cf-templates/feature/promiscuous_relay.m4 \
	cf-templates/feature/queuegroup.m4 \
	cf-templates/feature/ratecontrol.m4 \
	cf-templates/feature/redirect.m4 \
	cf-templates/feature/relay_based_on_MX.m4 \
	cf-templates/feature/relay_entire_domain.m4 \
	cf-templates/feature/relay_hosts_only.m4 \
	cf-templates/feature/relay_local_from.m4 \
	cf-templates/feature/relay_mail_from.m4 \
	cf-templates/feature/require_rdns.m4 \
	cf-templates/feature/rhsbl.m4 \
	cf-templates/feature/smrsh.m4 \
	cf-templates/feature/stickyhost.m4 \
	cf-templates/feature/sts.m4 \
	cf-templates/feature/tls_failures.m4 \
	cf-templates/feature/tls_session_features.m4 \
	cf-templates/feature/use_client_ptr.m4 \
	cf-templates/feature/use_ct_file.m4 \
	cf-templates/feature/use_cw_file.m4 \
	cf-templates/feature/uucpdomain.m4 \
	cf-templates/feature/virtuser_entire_domain.m4 \
	cf-templates/feature/virtusertable.m4 \
	cf-templates/feature/vnet.m4

cftpl_mailerdir = $(cftpldir)/mailer
dist_cftpl_mailer_DATA = \
	cf-templates/mailer/cyrus.m4 \
	cf-templates/mailer/cyrusv2.m4 \
	cf-templates/mailer/fax.m4 \
	cf-templates/mailer/local.m4 \
	cf-templates/mailer/mail11.m4 \
	cf-templates/mailer/phquery.m4 \
	cf-templates/mailer/pop.m4 \
	cf-templates/mailer/procmail.m4 \
	cf-templates/mailer/qpage.m4 \
	cf-templates/mailer/smtp.m4 \
	cf-templates/mailer/ssh.m4 \
	cf-templates/mailer/usenet.m4 \
	cf-templates/mailer/uucp.m4 \
	cf-templates/mailer/xagent.m4

cftpl_hackdir = $(cftpldir)/hack
dist_cftpl_hack_DATA = \
	cf-templates/hack/cssubdomain.m4 \
	cf-templates/hack/debian_auth.m4 \
	cf-templates/hack/dnsblaccess.m4 \
	cf-templates/hack/msp_nullclient.m4 \
	cf-templates/hack/nodns.m4 \
	cf-templates/hack/spamtrap.m4 \
	cf-templates/hack/virthost_by_ip.m4 \
	cf-templates/hack/xconnect.m4

# The frozen prelude (`mailcf build --freeze`, see compiler/build.c): the
# m4 state after cf.m4 and lib/, reloaded by every build without -D.  In
# the build tree it is made for the source templates (mailcf run
# uninstalled looks for it there); at install time it is made again for
# the installed folder (with DESTDIR set it names the staging folder and
# builds fall back to reading the templates until it is made anew).
noinst_DATA = cf-templates.frozen
CLEANFILES += cf-templates.frozen
cf-templates.frozen: mailcf$(EXEEXT) $(dist_cftpl_DATA) $(dist_cftpl_lib_DATA)
	$(AM_V_GEN)MAILCF_TEMPLATES='$(abs_top_srcdir)/cf-templates' \
	    ./mailcf$(EXEEXT) build --freeze -o $@
install-data-hook:
	MAILCF_TEMPLATES='$(DESTDIR)$(cftpldir)' ./mailcf$(EXEEXT) build --freeze
uninstall-hook:
	rm -f '$(DESTDIR)$(cftpldir)/cf.frozen'

# tests: fidelity against the real cf kit, errors, the file lists
MAILCF_TESTS += tests/templates/fidelity.sh tests/templates/errors.sh tests/templates/sections.sh tests/templates/engine.sh tests/templates/locations.sh tests/templates/listed.sh tests/templates/frozen.sh tests/templates/natives.sh
EXTRA_DIST += tests/templates/fidelity.sh \
	tests/templates/errors.sh \
	tests/templates/sections.sh \
	tests/templates/engine.sh tests/templates/natives.sh \
	tests/templates/natives/edge.mc tests/templates/natives/hacked.mc \
	tests/templates/locations.sh \
	tests/templates/listed.sh \
	tests/templates/frozen.sh \
	tests/templates/run-templates.sh \
	tests/templates/decls.awk
EXTRA_DIST += tests/templates/mc/aix5-basic.mc \
	tests/templates/mc/all-mailers.mc \
	tests/templates/mc/antispam.mc \
	tests/templates/mc/bcc-sts.mc \
	tests/templates/mc/berkeley.mc \
	tests/templates/mc/local-dnsbl.mc \
	tests/templates/mc/luser-novendor.mc \
	tests/templates/mc/bsd44-uucp.mc \
	tests/templates/mc/canonify.mc \
	tests/templates/mc/cert-regex.mc \
	tests/templates/mc/classic-include.mc \
	tests/templates/mc/darwin-laptop.mc \
	tests/templates/mc/debian-default.mc \
	tests/templates/mc/debian-hacks.mc \
	tests/templates/mc/debian-submit.mc \
	tests/templates/mc/deferred.mc \
	tests/templates/mc/dnsbl-opts.mc \
	tests/templates/mc/freebsd-server.mc \
	tests/templates/mc/generics.mc \
	tests/templates/mc/gnu-dragonfly.mc \
	tests/templates/mc/hpux11-basic.mc \
	tests/templates/mc/irix-mpeix.mc \
	tests/templates/mc/ldap-routing.mc \
	tests/templates/mc/limits.mc \
	tests/templates/mc/local-plain.mc \
	tests/templates/mc/local-sections.mc \
	tests/templates/mc/mailer-flags.mc \
	tests/templates/mc/masq-full.mc \
	tests/templates/mc/message-timeout.mc \
	tests/templates/mc/milter-override.mc \
	tests/templates/mc/milters.mc \
	tests/templates/mc/misc-options.mc \
	tests/templates/mc/msp-msa.mc \
	tests/templates/mc/msp-submit.mc \
	tests/templates/mc/no-vendor.mc \
	tests/templates/mc/nullclient.mc \
	tests/templates/mc/old-ostypes.mc \
	tests/templates/mc/openbsd-basic.mc \
	tests/templates/mc/procmail-feature.mc \
	tests/templates/mc/queue-groups.mc \
	tests/templates/mc/relay-features.mc \
	tests/templates/mc/relay-hub.mc \
	tests/templates/mc/relays.mc \
	tests/templates/mc/siteconfig.mc \
	tests/templates/mc/solaris11-custom.mc \
	tests/templates/mc/solaris8-lmtp.mc \
	tests/templates/mc/timeouts.mc \
	tests/templates/mc/tls-auth.mc \
	tests/templates/mc/unicos.mc \
	tests/templates/mc/uucp-only.mc \
	tests/templates/mc/vendor.mc \
	tests/templates/mc/virtual-hosting.mc
EXTRA_DIST += tests/templates/err/allmasquerade-late.mc \
	tests/templates/err/clean.mc \
	tests/templates/err/delay-friend.mc \
	tests/templates/err/feature-after-mailer.mc \
	tests/templates/err/mailer-twice.mc \
	tests/templates/err/missing-args.mc \
	tests/templates/err/needs-access.mc \
	tests/templates/err/no-ostype.mc \
	tests/templates/err/procmail-after-local.mc \
	tests/templates/err/procmail-before-smtp.mc \
	tests/templates/err/ssh-unset.mc \
	tests/templates/err/unknown-domain.mc \
	tests/templates/err/unknown-feature.mc \
	tests/templates/err/unknown-hack.mc \
	tests/templates/err/unknown-mailer.mc \
	tests/templates/err/unknown-option.mc \
	tests/templates/err/unknown-option-debian.mc \
	tests/templates/err/unknown-ostype.mc \
	tests/templates/err/uucp-before-smtp.mc

cftpl_siteconfigdir = $(cftpldir)/siteconfig
dist_cftpl_siteconfig_DATA = \
	cf-templates/siteconfig/uucp.cogsci.m4 \
	cf-templates/siteconfig/uucp.old.arpa.m4 \
	cf-templates/siteconfig/uucp.ucbarpa.m4 \
	cf-templates/siteconfig/uucp.ucbvax.m4
