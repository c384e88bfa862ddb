changequote(`{{{', `}}}')define({{{y}}}, {{{Y}}})y {{{y}}} {{ y }}
