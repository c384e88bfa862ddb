# cf-templates/local.mk -- build fragment (see docs/HACKING.md); paths are relative to the top
