/* placeholder */
#include "compiler/lintint.h"
void lint_check_relay(struct lint *l) { (void)l; }
