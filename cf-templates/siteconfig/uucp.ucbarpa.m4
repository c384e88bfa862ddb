dnl siteconfig/uucp.ucbarpa.m4 -- UUCP neighbours of the sample site uucp.ucbarpa (for SITECONFIG)
