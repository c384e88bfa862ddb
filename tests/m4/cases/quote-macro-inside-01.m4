define(`foo', `bar')`foo' foo
