/*
 * lint.h -- mailcf lint: the rule table (lintrules.c) and the checks
 * (lint.c) over the config model, the .mc text and the map sources.
 *
 * A finding is one rule firing at one place; the runner collects them,
 * sorts them by file and line, and prints them as text (compiler style,
 * with the caret line and a hint) or JSON (docs/mailcf-lint.8).
 */
#ifndef MAILCF_LINT_H
#define MAILCF_LINT_H

#include <stddef.h>

enum lint_sev { LINT_INFO, LINT_WARNING, LINT_ERROR };

struct lint_rule {
	const char	*id;		/* stable: "R001" */
	enum lint_sev	 sev;
	int		 on;		/* enabled by default */
	const char	*title;		/* short name for --list */
	const char	*hint;		/* how to fix it, one sentence */
	const char	*why;		/* rationale, for --explain */
};

/* The table (lintrules.c), ending with id NULL. */
extern const struct lint_rule lint_rules[];

/* The rule with that ID (case-insensitive), or NULL. */
const struct lint_rule *lint_rule(const char *id);
size_t	lint_rule_count(void);

int	lint_main(int, char **);

#endif
