/*
 * test_engine.c -- the m4 engine as a library (compiler/m4.h): what the
 * compiler relies on when it drives the engine in-process.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "strbuf.h"
#include "compiler/m4.h"
#include "tests/tap.h"

/* Run src through a fresh engine; returns the status, output in *out. */
static int
run(const char *src, struct strbuf *out, void (*setup)(struct m4 *))
{
	struct m4 *m = m4_new();
	int st;

	strbuf_reset(out);
	m4_set_output_buffer(m, out);
	if (setup)
		setup(m);
	(void)m4_process_buffer(m, "t.m4", src, strlen(src));
	st = m4_finish(m);
	m4_free(m);
	return st;
}

static void
setup_defines(struct m4 *m)
{
	m4_define(m, "NAME", "value");
	m4_define(m, "EMPTY", NULL);
	m4_undefine(m, "len");
}

static void
setup_limits(struct m4 *m)
{
	m4_set_nesting_limit(m, 5);
}

static void
setup_calls(struct m4 *m)
{
	m4_set_max_calls(m, 100);
}

static void
setup_bytes(struct m4 *m)
{
	m4_set_max_bytes(m, 4096);
}

static void
setup_total(struct m4 *m)
{
	m4_set_max_calls(m, 0);
	m4_set_max_total(m, 10000);
}

static void
setup_sync(struct m4 *m)
{
	m4_set_sync_lines(m, 1);
}

int
main(void)
{
	struct strbuf out = STRBUF_INIT;
	struct m4 *m;
	FILE *devnull = fopen("/dev/null", "w");
	int st;

	diag_set_stream(devnull);
	st = run("define(`x', `[$1|$#]')x(a, b)\n", &out, NULL);
	is_str(strbuf_str(&out), "[a|2]\n", "a buffer expands into a strbuf");
	is_int(st, 0, "status 0 when all went well");

	st = run("NAME ifdef(`EMPTY', `yes', `no') len(`abc')\n", &out,
	    setup_defines);
	is_str(strbuf_str(&out), "value yes len(abc)\n",
	    "m4_define and m4_undefine act before the input");

	st = run("divert(2)two\ndivert(1)one\ndivert(0)zero\n", &out, NULL);
	is_str(strbuf_str(&out), "zero\none\ntwo\n",
	    "m4_finish flushes diversions in order");

	st = run("m4wrap(`last\n')first\n", &out, NULL);
	is_str(strbuf_str(&out), "first\nlast\n", "m4wrap text comes last");

	st = run("a`b\n", &out, NULL);
	is_int(st, 1, "an unterminated quote gives status 1");
	is_str(strbuf_str(&out), "a", "output before the error is kept");

	st = run("divert(1)kept?divert(0)x m4exit(7)y", &out, NULL);
	is_int(st, 7, "m4exit sets the status");
	is_str(strbuf_str(&out), "x ", "m4exit discards diversions and input");

	st = run("include(`/nonexistent/file.m4')z", &out, NULL);
	is_int(st, 1, "a failed include gives status 1");
	is_str(strbuf_str(&out), "z", "and the run goes on");

	st = run("syscmd(`echo hi')done", &out, NULL);
	is_int(st, 1, "syscmd is refused with status 1");
	is_str(strbuf_str(&out), "done", "and produces nothing");

	st = run("define(`f', `[$1]')f(f(f(f(f(f(f(x)))))))", &out,
	    setup_limits);
	is_int(st, 1, "the nesting limit stops the run");

	st = run("define(`f', `f')f", &out, setup_calls);
	is_int(st, 1, "the call limit stops an endless expansion");

	st = run("define(`f', `f f')f", &out, setup_bytes);
	is_int(st, 1, "the byte limit stops a growing expansion");

	st = run("define(`f', `f')f", &out, setup_total);
	is_int(st, 1, "the total limit stops an endless expansion");

	st = run("define(`f', `f f')divert(1)f", &out, setup_bytes);
	is_int(st, 1, "the byte limit bounds diversions too");

	st = run("a\nb\n", &out, setup_sync);
	is_str(strbuf_str(&out), "#line 1 \"t.m4\"\na\nb\n",
	    "sync lines name the buffer");

	/* two inputs share one engine, as cf.m4 and host.mc do */
	m = m4_new();
	m4_set_output_buffer(m, &out);
	strbuf_reset(&out);
	(void)m4_process_buffer(m, "a.m4", "define(`X', `from a')", 21);
	(void)m4_process_buffer(m, "b.m4", "X __file__", 10);
	st = m4_finish(m);
	is_str(strbuf_str(&out), "from a b.m4",
	    "definitions carry from one input to the next");
	is_int(m4_status(m), 0, "m4_status agrees");
	m4_free(m);

	/* the engine reports through diag.h */
	diag_reset_counts();
	(void)run("incr(`x')", &out, NULL);
	is_int(diag_errors(), 1, "an m4 error is counted by diag.h");
	diag_reset_counts();
	(void)run("define(`a', 1, 2)", &out, NULL);
	is_int(diag_warnings(), 1, "a warning is counted by diag.h");

	strbuf_free(&out);
	fclose(devnull);
	return done_testing();
}
