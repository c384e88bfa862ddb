/*
 * tplnative.h -- the cf-templates' hot macros run in C (tplnative.c):
 * installed in an engine after the templates' prelude is loaded, they
 * change nothing but the speed.
 */
#ifndef MAILCF_TPLNATIVE_H
#define MAILCF_TPLNATIVE_H

struct m4;
struct tplnative;

struct tplnative *tpl_natives_install(struct m4 *);
void		  tpl_natives_free(struct tplnative *);

#endif
