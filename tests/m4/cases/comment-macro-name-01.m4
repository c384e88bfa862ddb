define(`foo', `FOO')# foo
foo
